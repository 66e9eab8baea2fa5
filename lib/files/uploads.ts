import { createHash } from "node:crypto";
import { ValidationError } from "@/lib/errors";
import { nameMatchesContent, sniffMime, type AllowedMime } from "./sniff";
import { MalformedImageError, stripJpegMetadata, stripPngMetadata } from "./strip-metadata";
import { stripBidi } from "@/lib/checks/text";

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_NAME_LENGTH = 150;

/** A refused upload: a ValidationError on the files field that also names the file, for the message. */
export class UploadRefusedError extends ValidationError {
  constructor(
    field: string,
    code: string,
    public readonly fileName: string | null = null,
  ) {
    super({ [field]: [code] }, code);
    this.name = "UploadRefusedError";
  }
}

/** A file as it arrives: a name the person chose and the bytes. */
export type IncomingFile = { name: string; bytes: Uint8Array };

/** A file that passed every check, metadata removed, ready to store. */
export type PreparedFile = { originalName: string; mime: AllowedMime; bytes: Uint8Array; size: number; sha256: string };

// An untouched file input still sends a part: empty, nameless (React's server actions name it "undefined").
const NO_FILE_NAMES = new Set(["", "undefined", "blob"]);

/** The files of a form field; the empty part of an untouched file input is "no file", not an error. */
export async function incomingFiles(values: FormDataEntryValue[]): Promise<IncomingFile[]> {
  const files = values.filter((v): v is File => typeof v !== "string" && !(v.size === 0 && NO_FILE_NAMES.has(v.name)));
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** Keeps a name displayable and harmless: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Bidi controls make "invoice\u202Efdp.exe" read as "invoiceexe.pdf": they go.
  const clean = stripBidi(base.normalize("NFC"))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "_")
    .trim();
  if (clean.length <= MAX_NAME_LENGTH) return clean || "file";
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 ? clean.slice(dot) : "";
  return clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
}

/**
 * Checks count, size and type (by content; the name must agree) and strips image metadata.
 * Refusals are an UploadRefusedError on `field` with a message key, naming the file where it helps.
 */
export function prepareUploads(files: IncomingFile[], field = "files"): PreparedFile[] {
  if (files.length > MAX_FILES) throw new UploadRefusedError(field, "tooManyFiles");
  return files.map((f) => {
    const name = cleanFileName(f.name);
    if (f.bytes.length === 0) throw new UploadRefusedError(field, "fileEmpty", name);
    if (f.bytes.length > MAX_FILE_BYTES) throw new UploadRefusedError(field, "fileTooLarge", name);
    const mime = sniffMime(f.bytes);
    if (!mime) throw new UploadRefusedError(field, "fileType", name);
    if (!nameMatchesContent(name, mime)) throw new UploadRefusedError(field, "fileNameMismatch", name);
    let bytes = f.bytes;
    try {
      if (mime === "image/jpeg") bytes = stripJpegMetadata(bytes);
      if (mime === "image/png") bytes = stripPngMetadata(bytes);
    } catch (err) {
      if (err instanceof MalformedImageError) throw new UploadRefusedError(field, "fileBroken", name);
      throw err;
    }
    return { originalName: name, mime, bytes, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
}
