import { describe, expect, it } from "vitest";
import { FREE_TRIES, TRY_WINDOW_MS, waitAfter } from "./throttle";

describe("slowing down wrong tries", () => {
  it("lets a few through, then doubles the wait up to the window", () => {
    expect(Array.from({ length: FREE_TRIES }, (_, i) => waitAfter(i))).toEqual([0, 0, 0]);
    expect(waitAfter(3)).toBe(30_000);
    expect(waitAfter(4)).toBe(60_000);
    expect(waitAfter(5)).toBe(120_000);
    expect(waitAfter(40)).toBe(TRY_WINDOW_MS);
  });
});
