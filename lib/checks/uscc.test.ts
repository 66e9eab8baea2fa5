import { describe, expect, it } from "vitest";
import { isValidUscc, normalizeUscc, usccCheckChar } from "./uscc";

describe("isValidUscc", () => {
  it("accepts published codes", () => {
    // The worked example of GB 32100-2015, then codes printed on well-known business licences.
    for (const code of [
      "91350100M000100Y43",
      "914403001922038216", // Huawei Technologies
      "9144030071526726XG", // Tencent (Shenzhen)
      "91110108551385082Q", // Xiaomi
    ]) {
      expect(isValidUscc(code), code).toBe(true);
    }
  });

  it("accepts codes whose check character is the first or last of the alphabet", () => {
    expect(isValidUscc("9133078200000000A0")).toBe(true);
    expect(isValidUscc("9133078200000000LY")).toBe(true);
  });

  it("rejects a wrong check character", () => {
    expect(isValidUscc("91350100M000100Y44")).toBe(false);
    expect(isValidUscc("91350100M000100Y4Y")).toBe(false);
    expect(isValidUscc("9144030071526726X6")).toBe(false);
  });

  it("rejects two swapped characters, the typo a check character exists for", () => {
    expect(isValidUscc("91351000M000100Y43")).toBe(false);
  });

  it("rejects the wrong length", () => {
    expect(isValidUscc("")).toBe(false);
    expect(isValidUscc("91350100M000100Y4")).toBe(false);
    expect(isValidUscc("91350100M000100Y433")).toBe(false);
  });

  it("rejects the letters GB 32100 leaves out, even as the check character", () => {
    for (const letter of ["I", "O", "Z", "S", "V"]) {
      expect(isValidUscc(`91350100M000100${letter}43`), letter).toBe(false);
      expect(isValidUscc(`91350100M000100Y4${letter}`), letter).toBe(false);
    }
  });

  it("rejects punctuation and inner spaces", () => {
    expect(isValidUscc("91350100-M000100Y43")).toBe(false);
    expect(isValidUscc("91350100 M000100Y43")).toBe(false);
  });

  it("accepts what a person types: lowercase and surrounding spaces", () => {
    expect(isValidUscc("  91350100m000100y43 ")).toBe(true);
  });
});

describe("usccCheckChar", () => {
  it("computes the check character of a 17-character prefix", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(usccCheckChar("9144030071526726X")).toBe("G");
    expect(usccCheckChar("9133078200000000A")).toBe("0");
  });

  it("refuses a prefix it cannot compute", () => {
    expect(() => usccCheckChar("91350100M000100Y")).toThrow(RangeError);
    expect(() => usccCheckChar("91350100M000100I4")).toThrow(RangeError);
    expect(() => usccCheckChar("91350100m000100y4")).toThrow(RangeError);
  });
});

describe("normalizeUscc", () => {
  it("trims and uppercases, including full-width input", () => {
    expect(normalizeUscc(" 91350100m000100y43\n")).toBe("91350100M000100Y43");
    expect(normalizeUscc("９１３５０１００ｍ０００１００ｙ４３")).toBe("91350100M000100Y43");
  });
});
