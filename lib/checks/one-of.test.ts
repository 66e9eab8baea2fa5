import { describe, expect, it } from "vitest";
import { isOneOf, oneOf, recordOf } from "./one-of";

const COLOURS = ["RED", "GREEN"] as const;

describe("fixed word lists", () => {
  it("accepts only the listed words, exactly", () => {
    expect(isOneOf(COLOURS, "RED")).toBe(true);
    expect(isOneOf(COLOURS, "red")).toBe(false);
    expect(isOneOf(COLOURS, undefined)).toBe(false);
    expect(isOneOf(COLOURS, 1)).toBe(false);
    expect(oneOf("GREEN", COLOURS)).toBe("GREEN");
    expect(oneOf("BLUE", COLOURS)).toBeUndefined();
  });

  it("builds one entry per word", () => {
    expect(recordOf(COLOURS, (c) => c.length)).toEqual({ RED: 3, GREEN: 5 });
  });
});
