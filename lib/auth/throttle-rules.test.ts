import { describe, expect, it } from "vitest";
import { LOCK_MS, holdUntil } from "./throttle-rules";

const NOW = new Date("2026-11-30T08:00:00Z");
const after = (d: Date | null) => (d ? d.getTime() - NOW.getTime() : 0);

describe("sign-in throttling rules", () => {
  it("lets an account try three times freely, then doubles the wait, and locks it at the tenth failure", () => {
    expect([1, 2].map((n) => after(holdUntil("account", n, NOW)))).toEqual([0, 0]);
    expect([3, 4, 5, 6, 9].map((n) => after(holdUntil("account", n, NOW)))).toEqual([1000, 2000, 4000, 8000, 64000]);
    expect(after(holdUntil("account", 10, NOW))).toBe(LOCK_MS);
    expect(after(holdUntil("account", 50, NOW))).toBe(LOCK_MS);
  });

  it("is far more patient with an address many people share", () => {
    expect(after(holdUntil("address", 19, NOW))).toBe(0);
    expect(after(holdUntil("address", 20, NOW))).toBe(1000);
    expect(after(holdUntil("address", 99, NOW))).toBe(LOCK_MS);
    expect(after(holdUntil("address", 100, NOW))).toBe(LOCK_MS);
  });
});
