import { describe, expect, it } from "vitest";
import { maskIdentifier } from "./mask";

describe("maskIdentifier", () => {
  it("keeps the first five characters of a passport number", () => {
    expect(maskIdentifier("E12345678")).toBe("E1234****");
    expect(maskIdentifier("EA1234567")).toBe("EA123****");
  });

  it("masks a resident ID the same way, hiding the birth date and check digit", () => {
    expect(maskIdentifier("11010519491231002X")).toBe("11010*************");
  });

  it("keeps only the first character of a short value", () => {
    expect(maskIdentifier("12345")).toBe("1****");
    expect(maskIdentifier("AB")).toBe("A*");
    expect(maskIdentifier("123456")).toBe("12345*");
  });

  it("never lengthens or reveals more than the rule allows", () => {
    expect(maskIdentifier("")).toBe("");
    expect(maskIdentifier("A")).toBe("A");
  });
});
