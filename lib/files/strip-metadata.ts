// Removes metadata from images before they are stored: photos from phones carry GPS positions,
// device serials and timestamps in EXIF, and editors leave names and comments in text chunks.
// Pure byte surgery, no decoding: pixels are copied untouched.

const PNG_SIGNATURE_LENGTH = 8;
const PNG_DROPPED_CHUNKS = new Set(["eXIf", "tEXt", "iTXt", "zTXt"]);

// APP1 holds EXIF and XMP, APP13 Photoshop's IPTC block, COM free-text comments. APP0 (JFIF),
// APP2 (ICC colour profile) and APP14 (Adobe colour transform) stay: without them colours change.
const JPEG_DROPPED_MARKERS = new Set([0xe1, 0xed, 0xfe]);
const JPEG_SOS = 0xda;
const JPEG_EOI = 0xd9;

export class MalformedImageError extends Error {
  constructor(kind: string) {
    super(`malformed ${kind}`);
    this.name = "MalformedImageError";
  }
}

/** A PNG without its eXIf, tEXt, iTXt and zTXt chunks. Throws MalformedImageError on a broken chunk list. */
export function stripPngMetadata(png: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [png.subarray(0, PNG_SIGNATURE_LENGTH)];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let pos = PNG_SIGNATURE_LENGTH;
  let sawEnd = false;
  while (pos < png.length && !sawEnd) {
    if (pos + 12 > png.length) throw new MalformedImageError("PNG");
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > png.length) throw new MalformedImageError("PNG");
    if (!PNG_DROPPED_CHUNKS.has(type)) parts.push(png.subarray(pos, end));
    sawEnd = type === "IEND";
    pos = end;
  }
  if (!sawEnd) throw new MalformedImageError("PNG");
  return concatBytes(...parts);
}

/** A JPEG without APP1 (EXIF, XMP), APP13 (IPTC) and comment segments. Throws MalformedImageError on a broken header. */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [jpeg.subarray(0, 2)];
  let pos = 2;
  for (;;) {
    if (pos + 2 > jpeg.length || jpeg[pos] !== 0xff) throw new MalformedImageError("JPEG");
    let marker = jpeg[pos + 1]!;
    // Markers may be preceded by any number of 0xFF fill bytes.
    while (marker === 0xff && pos + 2 < jpeg.length) {
      pos += 1;
      marker = jpeg[pos + 1]!;
    }
    if (marker === JPEG_EOI) {
      parts.push(jpeg.subarray(pos));
      break;
    }
    // Standalone markers without a length (RSTn, TEM) do not appear before SOS in a valid file.
    if (pos + 4 > jpeg.length) throw new MalformedImageError("JPEG");
    const length = (jpeg[pos + 2]! << 8) | jpeg[pos + 3]!;
    const end = pos + 2 + length;
    if (length < 2 || end > jpeg.length) throw new MalformedImageError("JPEG");
    if (marker === JPEG_SOS) {
      // Entropy-coded data follows: copy the rest of the file as it is.
      parts.push(jpeg.subarray(pos));
      break;
    }
    if (!JPEG_DROPPED_MARKERS.has(marker)) parts.push(jpeg.subarray(pos, end));
    pos = end;
  }
  return concatBytes(...parts);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
