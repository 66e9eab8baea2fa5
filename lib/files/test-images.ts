// Tiny hand-built images for tests: real structure (signature, chunks, segments), fake pixel data.
import { crc32 } from "node:zlib";
import { concatBytes } from "./strip-metadata";

const enc = new TextEncoder();

export function pngChunk(type: string, data: Uint8Array | string): Uint8Array {
  const body = typeof data === "string" ? enc.encode(data) : data;
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(enc.encode(type), 4);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const IHDR = pngChunk("IHDR", new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
export const IDAT = pngChunk("IDAT", new Uint8Array([0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00]));
export const IEND = pngChunk("IEND", new Uint8Array());

/** A 1×1 PNG carrying a GPS position in eXIf and an author in tEXt, iTXt and zTXt. */
export function pngWithMetadata(): Uint8Array {
  return concatBytes(
    PNG_SIGNATURE,
    IHDR,
    pngChunk("tEXt", "Author\0Zhang San"),
    pngChunk("eXIf", "MM\0*GPS 29.3N 120.1E"),
    IDAT,
    pngChunk("iTXt", "Comment\0\0\0\0\0secret note"),
    pngChunk("zTXt", "Title\0\0x"),
    IEND,
  );
}

export function plainPng(): Uint8Array {
  return concatBytes(PNG_SIGNATURE, IHDR, IDAT, IEND);
}

function segment(marker: number, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === "string" ? enc.encode(payload) : payload;
  const out = new Uint8Array(4 + body.length);
  out[0] = 0xff;
  out[1] = marker;
  out[2] = (body.length + 2) >> 8;
  out[3] = (body.length + 2) & 0xff;
  out.set(body, 4);
  return out;
}

export const JFIF = segment(0xe0, "JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
export const ICC = segment(0xe2, "ICC_PROFILE\0\x01\x01profile");
export const DQT = segment(0xdb, new Uint8Array(65));
const SOS_AND_DATA = concatBytes(segment(0xda, new Uint8Array(10)), new Uint8Array([0x12, 0xff, 0x00, 0x34, 0xff, 0xd9]));

/** A JPEG with EXIF (GPS) in APP1, XMP in a second APP1, IPTC in APP13 and a comment. */
export function jpegWithMetadata(): Uint8Array {
  return concatBytes(
    new Uint8Array([0xff, 0xd8]),
    JFIF,
    segment(0xe1, "Exif\0\0MM\0*GPS 29.3N 120.1E"),
    segment(0xe1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Zhang San</x:xmpmeta>"),
    ICC,
    segment(0xed, "Photoshop 3.0\x008BIM caption"),
    segment(0xfe, "shot by Zhang San"),
    DQT,
    SOS_AND_DATA,
  );
}

export function plainJpeg(): Uint8Array {
  return concatBytes(new Uint8Array([0xff, 0xd8]), JFIF, ICC, DQT, SOS_AND_DATA);
}

export function minimalPdf(): Uint8Array {
  return enc.encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
}
