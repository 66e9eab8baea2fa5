import { describe, expect, it } from "vitest";
import { isValidResidentId, normalizeResidentId, residentIdCheckDigit } from "./resident-id";

// 10:00 on 10 March 2025 in Shanghai.
const TODAY = new Date("2025-03-10T02:00:00Z");

describe("isValidResidentId", () => {
  it("accepts the example number of GB 11643, with an X check digit", () => {
    expect(isValidResidentId("11010519491231002X", TODAY)).toBe(true);
  });

  it("accepts a check digit that is a digit, and a leap-day birth", () => {
    expect(isValidResidentId("330782190001010016", TODAY)).toBe(true);
    expect(isValidResidentId("33078220000229001X", TODAY)).toBe(true);
  });

  it("accepts a lowercase x and surrounding spaces", () => {
    expect(isValidResidentId(" 11010519491231002x ", TODAY)).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidResidentId("110105194912310021", TODAY)).toBe(false);
    expect(isValidResidentId("330782190001010017", TODAY)).toBe(false);
  });

  it("rejects the wrong length and non-digits", () => {
    expect(isValidResidentId("", TODAY)).toBe(false);
    expect(isValidResidentId("11010519491231002", TODAY)).toBe(false);
    expect(isValidResidentId("11010519491231002X1", TODAY)).toBe(false);
    expect(isValidResidentId("110105194912310X2X", TODAY)).toBe(false);
    // The old 15-digit numbers were replaced in 2013.
    expect(isValidResidentId("110105491231002", TODAY)).toBe(false);
  });

  it("rejects birth dates that are not calendar days, even with a correct check digit", () => {
    expect(isValidResidentId("330782190002290013", TODAY)).toBe(false); // 1900 was not a leap year
    expect(isValidResidentId("330782202302290010", TODAY)).toBe(false);
    expect(isValidResidentId("330782198513010016", TODAY)).toBe(false);
    expect(isValidResidentId("330782198506320016", TODAY)).toBe(false);
  });

  it("rejects a birth before 1900", () => {
    expect(isValidResidentId("330782189912310011", TODAY)).toBe(false);
  });

  it("accepts a birth today and rejects one tomorrow, by the Shanghai calendar", () => {
    expect(isValidResidentId("330782202503100017", TODAY)).toBe(true);
    expect(isValidResidentId("330782202503110012", TODAY)).toBe(false);
    // 23:00 on 9 March in Shanghai (15:00 UTC): a birth on 10 March is still in the future.
    expect(isValidResidentId("330782202503100017", new Date("2025-03-09T15:00:00Z"))).toBe(false);
    // 00:30 on 11 March in Shanghai, still 10 March in UTC.
    expect(isValidResidentId("330782202503110012", new Date("2025-03-10T16:30:00Z"))).toBe(true);
  });
});

describe("residentIdCheckDigit", () => {
  it("computes the ISO 7064 MOD 11-2 check character", () => {
    expect(residentIdCheckDigit("11010519491231002")).toBe("X");
    expect(residentIdCheckDigit("33078219000101001")).toBe("6");
  });

  it("refuses a prefix that is not 17 digits", () => {
    expect(() => residentIdCheckDigit("1101051949123100")).toThrow(RangeError);
    expect(() => residentIdCheckDigit("1101051949123100X")).toThrow(RangeError);
  });
});

describe("normalizeResidentId", () => {
  it("trims and uppercases the check character", () => {
    expect(normalizeResidentId(" 11010519491231002x\t")).toBe("11010519491231002X");
  });
});
