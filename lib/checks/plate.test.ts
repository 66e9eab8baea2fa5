import { describe, expect, it } from "vitest";
import { isValidPlate, normalizePlate } from "./plate";

describe("isValidPlate", () => {
  it("accepts ordinary plates from every province", () => {
    for (const p of "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼") {
      expect(isValidPlate(`${p}A12345`), p).toBe(true);
    }
    expect(isValidPlate("浙GB7X29")).toBe(true);
  });

  it("accepts new-energy plates, small and large", () => {
    for (const p of ["浙AD12345", "浙AF12345", "沪ADA2345", "粤BA12345", "粤BK12345", "苏E12345D", "苏E12345F"]) {
      expect(isValidPlate(p), p).toBe(true);
    }
  });

  it("accepts trailer, driving-school, police and cross-border plates", () => {
    for (const p of ["浙G1234挂", "浙A1234学", "浙A0001警", "粤Z1234港", "粤Z1234澳"]) {
      expect(isValidPlate(p), p).toBe(true);
    }
  });

  it("accepts plates as printed or typed: dot, spaces, lowercase, full width", () => {
    for (const p of ["浙G·12345", " 浙G 12345 ", "浙g12345", "浙Ｇ１２３４５", "浙A·D12345"]) {
      expect(isValidPlate(p), p).toBe(true);
    }
  });

  it("rejects an unknown province or a missing office letter", () => {
    for (const p of ["港A12345", "中A12345", "A12345", "浙112345", "浙12345"]) {
      expect(isValidPlate(p), p).toBe(false);
    }
  });

  it("rejects I and O, which plates never carry", () => {
    for (const p of ["浙I12345", "浙O12345", "浙A1234I", "浙AO1234", "浙AD1234O"]) {
      expect(isValidPlate(p), p).toBe(false);
    }
  });

  it("rejects wrong lengths and malformed new-energy serials", () => {
    for (const p of [
      "浙A1234", // too short
      "浙A1234567", // too long
      "浙A123456", // six digits: neither ordinary nor new-energy
      "浙AD1234A", // small new-energy ends in four digits
      "沪AD2A345", // only its second character may be a letter
      "浙AL12345", // L does not start a new-energy serial
      "浙A1234D5", // large new-energy has D/F last
      "浙A12345挂", // trailer serial has four characters
      "浙A1234车",
      "",
    ]) {
      expect(isValidPlate(p), p).toBe(false);
    }
  });
});

describe("normalizePlate", () => {
  it("trims, uppercases and removes spaces and middle dots", () => {
    expect(normalizePlate(" 浙g·12345 ")).toBe("浙G12345");
    expect(normalizePlate("浙 A D 12345")).toBe("浙AD12345");
    expect(normalizePlate("浙Ａ・１２３４５")).toBe("浙A12345");
  });
});
