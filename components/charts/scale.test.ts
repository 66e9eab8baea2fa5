import { describe, expect, it } from "vitest";
import { labelEvery, niceAxis, shortDay } from "./scale";

describe("niceAxis", () => {
  it("rounds the top up to a whole, readable step", () => {
    expect(niceAxis(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceAxis(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceAxis(1234).max).toBe(1500);
  });
  it("never draws fractional counts", () => {
    expect(niceAxis(3).ticks.every(Number.isInteger)).toBe(true);
    expect(niceAxis(1)).toEqual({ max: 1, ticks: [0, 1] });
  });
  it("an empty chart still has an axis", () => {
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
  it("the top is never below the largest value", () => {
    for (const v of [1, 2, 5, 9, 11, 99, 101, 250, 999, 12345]) expect(niceAxis(v).max).toBeGreaterThanOrEqual(v);
  });
});

describe("labels", () => {
  it("thins labels to fit", () => {
    expect(labelEvery(8, 12)).toBe(1);
    expect(labelEvery(53, 12)).toBe(5);
  });
  it("writes a day as month/day", () => {
    expect(shortDay("2026-09-07")).toBe("9/7");
  });
});
