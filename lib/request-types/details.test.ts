import { describe, expect, it } from "vitest";
import { detailsOf } from "./details";

describe("a request's details read back", () => {
  it("keeps an object's fields and reads anything else as no fields", () => {
    expect(detailsOf({ goods: "钢材", count: 3, nested: { a: 1 } })).toEqual({ goods: "钢材", count: 3, nested: { a: 1 } });
    for (const raw of [null, undefined, "text", 7, ["a"]]) expect(detailsOf(raw)).toEqual({});
  });
});
