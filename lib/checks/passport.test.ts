import { describe, expect, it } from "vitest";
import { isValidPassportNumber, normalizePassport } from "./passport";

describe("isValidPassportNumber for Chinese passports", () => {
  it("accepts every series in use", () => {
    for (const n of ["E12345678", "EA1234567", "EH7654321", "G12345678", "D12345678", "S12345678", "P12345678", "DE1234567", "SE1234567", "PE1234567"]) {
      expect(isValidPassportNumber(n, "CHN"), n).toBe(true);
    }
  });

  it("rejects numbers of the wrong series or length", () => {
    for (const n of ["E1234567", "E123456789", "EA123456", "EAB123456", "K12345678", "12345678", "GA1234567", "123456789", ""]) {
      expect(isValidPassportNumber(n, "CHN"), n).toBe(false);
    }
  });

  it("accepts a number typed in lowercase with spaces, and a lowercase nationality", () => {
    expect(isValidPassportNumber(" e1234 5678 ", "CHN")).toBe(true);
    expect(isValidPassportNumber("E12345678", "chn")).toBe(true);
  });
});

describe("isValidPassportNumber for other nationalities", () => {
  it("accepts 6 to 9 letters and digits with at least one digit", () => {
    for (const [n, nat] of [
      ["123456", "USA"],
      ["C01X00T47", "DEU"],
      ["TR1234567", "JPN"],
      ["M12345", undefined],
      ["12AB34CD5", "GBR"],
    ] as const) {
      expect(isValidPassportNumber(n, nat), n).toBe(true);
    }
  });

  it("rejects numbers that are too short, too long, all letters or carry symbols", () => {
    for (const n of ["12345", "1234567890", "ABCDEFGH", "AB/12345", "AB_12345", "护照123456"]) {
      expect(isValidPassportNumber(n, "USA"), n).toBe(false);
    }
  });

  it("holds a Chinese passport only to the Chinese series when the nationality is CHN", () => {
    // Shape-valid elsewhere, but no Chinese passport starts with K.
    expect(isValidPassportNumber("K12345678", "USA")).toBe(true);
    expect(isValidPassportNumber("K12345678", "CHN")).toBe(false);
  });
});

describe("normalizePassport", () => {
  it("uppercases and removes spaces and dashes", () => {
    expect(normalizePassport(" e1234-5678 ")).toBe("E12345678");
    expect(normalizePassport("ｅａ１２３４５６７")).toBe("EA1234567");
  });
});
