import { describe, expect, it } from "vitest";
import { ageBucket, percentile } from "./age";

describe("ageBucket", () => {
  const now = new Date("2026-10-20T12:00:00+08:00");
  const ago = (hours: number) => new Date(now.getTime() - hours * 60 * 60 * 1000);

  it.each([
    [0, "lt1d"],
    [23.9, "lt1d"],
    [24, "d1to3"],
    [71.9, "d1to3"],
    [72, "d3to7"],
    [168, "d3to7"],
    [168.1, "gt7d"],
    [24 * 30, "gt7d"],
  ] as const)("%s hours old → %s", (hours, bucket) => {
    expect(ageBucket(ago(hours), now)).toBe(bucket);
  });

  it("treats a creation time slightly in the future as new", () => {
    expect(ageBucket(ago(-1), now)).toBe("lt1d");
  });
});

describe("percentile", () => {
  // Expected values are those PostgreSQL returns for percentile_cont over the same rows.
  it("takes the middle value of an odd list as the median", () => {
    expect(percentile([1, 3, 8], 0.5)).toBe(3);
  });

  it("interpolates the median of an even list", () => {
    expect(percentile([2, 4, 10, 20], 0.5)).toBe(7);
  });

  it("interpolates the 90th percentile", () => {
    // rank = 0.9 × 4 = 3.6 → 10 + 0.6 × (20 − 10)
    expect(percentile([1, 2, 5, 10, 20], 0.9)).toBeCloseTo(16);
  });

  it("returns the extremes at 0 and 1 and the only value of a single-element list", () => {
    expect(percentile([4, 9, 12], 0)).toBe(4);
    expect(percentile([4, 9, 12], 1)).toBe(12);
    expect(percentile([5], 0.9)).toBe(5);
  });

  it("has no percentile for no values", () => {
    expect(percentile([], 0.5)).toBeNull();
  });

  it("refuses p outside [0, 1], e.g. 90 meant as 0.9", () => {
    expect(() => percentile([1, 2], 90)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
