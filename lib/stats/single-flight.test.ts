import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("computes once for callers asking at the same time and serves that until it is too old", async () => {
    const memo = singleFlight<number>(60_000);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([memo("k", 0, compute), memo("k", 10, compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await memo("k", 59_999, compute)).toBe(1);
    expect(await memo("k", 60_000, compute)).toBe(2);
    expect(await memo("other", 60_000, compute)).toBe(3);
  });

  it("forgets a failure, so the next caller computes again", async () => {
    const memo = singleFlight<number>(60_000);
    await expect(memo("k", 0, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await memo("k", 1, async () => 7)).toBe(7);
  });
});
