import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("keeps a plain ASCII name in both forms", () => {
    expect(contentDisposition("invoice-2026.pdf")).toBe(`attachment; filename="invoice-2026.pdf"; filename*=UTF-8''invoice-2026.pdf`);
  });

  it("encodes a Chinese name in filename* and gives an ASCII fallback", () => {
    expect(contentDisposition("装箱单.pdf")).toBe(`attachment; filename="___.pdf"; filename*=UTF-8''%E8%A3%85%E7%AE%B1%E5%8D%95.pdf`);
  });

  it("cannot be used to inject header parameters or lines", () => {
    const header = contentDisposition('a"; filename="evil.html\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toContain(`filename*=UTF-8''a%22%3B%20filename%3D%22evil.html%0D%0AX-Evil%3A%201.pdf`);
    expect(contentDisposition("it's (1)!.png")).toContain("filename*=UTF-8''it%27s%20%281%29%21.png");
  });
});
