import { describe, expect, it } from "vitest";
import { MalformedImageError, stripJpegMetadata, stripPngMetadata } from "./strip-metadata";
import { jpegWithMetadata, plainJpeg, plainPng, pngWithMetadata } from "./test-images";

const text = (b: Uint8Array) => Buffer.from(b).toString("latin1");

describe("stripPngMetadata", () => {
  it("drops eXIf and text chunks and keeps the image chunks byte for byte", () => {
    const out = stripPngMetadata(pngWithMetadata());
    expect(out).toEqual(plainPng());
    expect(text(out)).not.toMatch(/GPS|Zhang|secret/);
  });

  it("leaves a PNG without metadata unchanged", () => {
    expect(stripPngMetadata(plainPng())).toEqual(plainPng());
  });

  it("refuses a truncated chunk list", () => {
    const png = plainPng();
    expect(() => stripPngMetadata(png.subarray(0, png.length - 5))).toThrow(MalformedImageError);
    expect(() => stripPngMetadata(png.subarray(0, 20))).toThrow(MalformedImageError);
  });
});

describe("stripJpegMetadata", () => {
  it("drops APP1 (EXIF and XMP), APP13 and comments, keeps JFIF, the colour profile and the image data", () => {
    const out = stripJpegMetadata(jpegWithMetadata());
    expect(out).toEqual(plainJpeg());
    expect(text(out)).not.toMatch(/Exif|GPS|Zhang|8BIM/);
    expect(text(out)).toContain("ICC_PROFILE");
  });

  it("leaves a JPEG without metadata unchanged", () => {
    expect(stripJpegMetadata(plainJpeg())).toEqual(plainJpeg());
  });

  it("refuses a header that runs past the end of the file", () => {
    expect(() => stripJpegMetadata(jpegWithMetadata().subarray(0, 30))).toThrow(MalformedImageError);
    expect(() => stripJpegMetadata(new Uint8Array([0xff, 0xd8, 0x00]))).toThrow(MalformedImageError);
  });
});
