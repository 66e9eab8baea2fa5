import { describe, expect, it } from "vitest";
import { extensionOf, nameMatchesContent, sniffMime } from "./sniff";
import { minimalPdf, plainJpeg, plainPng } from "./test-images";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("sniffMime", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffMime(minimalPdf())).toBe("application/pdf");
    expect(sniffMime(plainJpeg())).toBe("image/jpeg");
    expect(sniffMime(plainPng())).toBe("image/png");
  });

  it("refuses everything else, however it is named", () => {
    expect(sniffMime(bytes("#!/bin/sh\nrm -rf /\n"))).toBeNull();
    expect(sniffMime(bytes("<svg onload=alert(1)>"))).toBeNull();
    expect(sniffMime(bytes("PK\x03\x04"))).toBeNull();
    expect(sniffMime(new Uint8Array())).toBeNull();
    expect(sniffMime(bytes("%PD"))).toBeNull();
  });
});

describe("nameMatchesContent", () => {
  it("wants the extension to say what the content is", () => {
    expect(nameMatchesContent("发票.PDF", "application/pdf")).toBe(true);
    expect(nameMatchesContent("photo.jpeg", "image/jpeg")).toBe(true);
    expect(nameMatchesContent("photo.jpg", "image/jpeg")).toBe(true);
    expect(nameMatchesContent("scan.pdf", "image/png")).toBe(false);
    expect(nameMatchesContent("scan", "image/png")).toBe(false);
  });

  it("reads only the last extension", () => {
    expect(extensionOf("report.pdf.png")).toBe("png");
    expect(extensionOf(".png")).toBe("");
  });
});
