import { describe, expect, it } from "vitest";
import { hasControlCharacters, hasNulInUrl, isBlank, stripBidi } from "./text";

describe("hasControlCharacters", () => {
  it("finds NUL and other control characters", () => {
    for (const s of ["a\u0000b", "\u0000", "x\u0007", "\u001b[31m", "del\u007f"]) expect(hasControlCharacters(s), JSON.stringify(s)).toBe(true);
  });
  it("lets ordinary text through, tabs and line breaks included", () => {
    for (const s of ["浙G12345", "line one\nline two\r\n", "a\tb", "Müller", "😀"]) expect(hasControlCharacters(s), JSON.stringify(s)).toBe(false);
  });
});

describe("isBlank", () => {
  it("calls text of only invisible characters blank", () => {
    for (const s of ["", "   ", "\u200b", "\u200b\u200c\u200d", "\ufeff \u2060", "\u202e", "\u3000\u200b", "\u3164"])
      expect(isBlank(s), JSON.stringify(s)).toBe(true);
  });
  it("keeps anything visible", () => {
    for (const s of ["a", "\u200b好", "。", "0"]) expect(isBlank(s), JSON.stringify(s)).toBe(false);
  });
});

describe("stripBidi", () => {
  it("removes the controls that reverse how a name reads", () => {
    expect(stripBidi("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(stripBidi("\u2066合同\u2069.pdf")).toBe("合同.pdf");
    expect(stripBidi("报价单.pdf")).toBe("报价单.pdf");
  });
});

describe("hasNulInUrl", () => {
  it("finds NUL written raw or encoded", () => {
    expect(hasNulInUrl("/cases/YW-2026-000001%00")).toBe(true);
    expect(hasNulInUrl("/queue?q=a%00b")).toBe(true);
    expect(hasNulInUrl("/queue?q=a\u0000")).toBe(true);
    expect(hasNulInUrl("/queue?q=100%25")).toBe(false);
  });
});
