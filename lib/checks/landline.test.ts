import { describe, expect, it } from "vitest";
import { isValidLandline, normalizeLandline, telHref } from "./landline";

describe("landline numbers", () => {
  it("accepts an area code and number as people write them, and stores one spelling", () => {
    for (const s of [
      "0579-85123456",
      "(0579) 8512 3456",
      "０５７９－８５１２３４５６",
      "+86 579 85123456",
      "0086-0579-85123456",
      "010-62345678",
      "021 5123 4567",
    ]) {
      expect(isValidLandline(s), s).toBe(true);
    }
    expect(normalizeLandline("(0579) 8512 3456")).toBe("0579-85123456");
    expect(normalizeLandline("+86 10 62345678")).toBe("010-62345678");
  });

  it("refuses a mobile, a number without an area code, and numbers of the wrong length or start", () => {
    for (const s of ["13812345678", "85123456", "0579-0512345", "0579-123456", "0579-851234567", "0579-15123456", "abc"]) {
      expect(isValidLandline(s), s).toBe(false);
    }
  });

  it("dials digits only", () => {
    expect(telHref("0579-85123456")).toBe("tel:057985123456");
    expect(telHref("+86 138 1234 5678")).toBe("tel:+8613812345678");
  });
});
