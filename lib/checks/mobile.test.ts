import { describe, expect, it } from "vitest";
import { isValidMobile, normalizeMobile } from "./mobile";

describe("isValidMobile", () => {
  it("accepts every mainland prefix from 13 to 19", () => {
    for (const second of "3456789") {
      expect(isValidMobile(`1${second}812345678`), second).toBe(true);
    }
  });

  it("accepts the ways people write a number", () => {
    for (const s of [
      "138 1234 5678",
      "138-1234-5678",
      "+86 138 1234 5678",
      "+86-13812345678",
      "8613812345678",
      "008613812345678",
      "(+86) 13812345678",
      "１３８１２３４５６７８",
    ]) {
      expect(isValidMobile(s), s).toBe(true);
    }
  });

  it("rejects numbers that are not mainland mobiles", () => {
    for (const s of [
      "12812345678", // no 12x mobile range
      "10086", // short service number
      "1381234567", // 10 digits
      "138123456789", // 12 digits
      "0571-87654321", // a landline
      "+85291234567", // Hong Kong
      "+1 138 1234 5678", // wrong country code
      "13812345678x",
      "",
    ]) {
      expect(isValidMobile(s), s).toBe(false);
    }
  });
});

describe("normalizeMobile", () => {
  it("returns the 11 national digits", () => {
    expect(normalizeMobile("+86 138-1234-5678")).toBe("13812345678");
    expect(normalizeMobile("0086 13812345678")).toBe("13812345678");
    expect(normalizeMobile("13812345678")).toBe("13812345678");
  });

  it("leaves an invalid number recognisable, separators removed", () => {
    expect(normalizeMobile("+1 138 1234 5678")).toBe("+113812345678");
  });
});
