import { describe, expect, it } from "vitest";
import { cleanFileName, incomingFiles, MAX_FILE_BYTES, prepareUploads, UploadRefusedError } from "./uploads";
import { jpegWithMetadata, minimalPdf, plainJpeg, plainPng, pngWithMetadata } from "./test-images";

function refusal(fn: () => unknown): { errors: Record<string, string[]>; file: string | null } {
  try {
    fn();
  } catch (err) {
    if (err instanceof UploadRefusedError) return { errors: err.fieldErrors, file: err.fileName };
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("prepareUploads", () => {
  it("accepts PDF, JPEG and PNG and strips image metadata before hashing", () => {
    const [pdf, jpg, png] = prepareUploads([
      { name: "合同.pdf", bytes: minimalPdf() },
      { name: "photo.JPG", bytes: jpegWithMetadata() },
      { name: "scan.png", bytes: pngWithMetadata() },
    ]);
    expect(pdf).toMatchObject({ originalName: "合同.pdf", mime: "application/pdf", size: minimalPdf().length });
    expect(jpg!.bytes).toEqual(plainJpeg());
    expect(png!.bytes).toEqual(plainPng());
    expect(png!.size).toBe(plainPng().length);
    expect(png!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a PNG renamed .pdf and a script renamed .png", () => {
    expect(refusal(() => prepareUploads([{ name: "invoice.pdf", bytes: plainPng() }]))).toEqual({
      errors: { files: ["fileNameMismatch"] },
      file: "invoice.pdf",
    });
    const script = new TextEncoder().encode("<script>alert(1)</script>");
    expect(refusal(() => prepareUploads([{ name: "cat.png", bytes: script }]))).toEqual({ errors: { files: ["fileType"] }, file: "cat.png" });
  });

  it("refuses a sixth file, an empty file, a file over 10 MB and a broken image", () => {
    const pdf = { name: "a.pdf", bytes: minimalPdf() };
    expect(refusal(() => prepareUploads(Array(6).fill(pdf))).errors).toEqual({ files: ["tooManyFiles"] });
    expect(prepareUploads(Array(5).fill(pdf))).toHaveLength(5);
    expect(refusal(() => prepareUploads([{ name: "a.pdf", bytes: new Uint8Array() }])).errors).toEqual({ files: ["fileEmpty"] });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(minimalPdf());
    expect(refusal(() => prepareUploads([{ name: "big.pdf", bytes: big }])).errors).toEqual({ files: ["fileTooLarge"] });
    expect(refusal(() => prepareUploads([{ name: "x.png", bytes: plainPng().subarray(0, 30) }], "replyFiles")).errors).toEqual({ replyFiles: ["fileBroken"] });
  });
});

describe("cleanFileName", () => {
  it("keeps only a harmless base name", () => {
    expect(cleanFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(cleanFileName("C:\\Users\\me\\发票 2026.pdf")).toBe("发票 2026.pdf");
    expect(cleanFileName('a"b\r\n.pdf')).toBe("a_b__.pdf");
    expect(cleanFileName("")).toBe("file");
    const long = cleanFileName("x".repeat(300) + ".pdf");
    expect(long).toHaveLength(150);
    expect(long.endsWith(".pdf")).toBe(true);
  });
  it("drops bidi controls, so a name reads the way it really ends", () => {
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName("\u2067报价\u2069\u200f.pdf")).toBe("报价.pdf");
  });
});

describe("incomingFiles", () => {
  it("reads an untouched file input as no file, but keeps a chosen empty file for the check to refuse", async () => {
    const form = new FormData();
    form.append("files", new File([], ""));
    form.append("files", new File([], "undefined"));
    form.append("files", new File([], "empty.pdf"));
    form.append("files", new File([new Uint8Array([1, 2])], "a.pdf"));
    form.append("files", "not a file");
    const files = await incomingFiles(form.getAll("files"));
    expect(files.map((f) => [f.name, f.bytes.length])).toEqual([
      ["empty.pdf", 0],
      ["a.pdf", 2],
    ]);
  });
});
