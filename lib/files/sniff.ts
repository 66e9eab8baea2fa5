// What a file is, judged by its first bytes: a name or a browser-declared type can be anything.

export type AllowedMime = "application/pdf" | "image/jpeg" | "image/png";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

/** The allowed type the content really is, or null (scripts, archives, Office files, empty files…). */
export function sniffMime(bytes: Uint8Array): AllowedMime | null {
  // "%PDF-": readers tolerate junk before it, but an upload that is really a PDF starts with it.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  // SOI followed by the start of another marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "image/png";
  return null;
}

const EXTENSIONS: Record<AllowedMime, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
};

/** The name's extension, lower case, or "" when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** True when the name says what the content is (a PNG called ".pdf" is refused, not silently renamed). */
export function nameMatchesContent(name: string, mime: AllowedMime): boolean {
  return EXTENSIONS[mime].includes(extensionOf(name));
}
