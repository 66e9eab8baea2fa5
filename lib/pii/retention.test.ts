import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_DAYS, retentionDays } from "./retention";

describe("retention period", () => {
  it("is 180 days unless RETENTION_DAYS says otherwise", () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(180);
    expect(retentionDays({})).toBe(180);
    expect(retentionDays({ RETENTION_DAYS: "" })).toBe(180);
    expect(retentionDays({ RETENTION_DAYS: "30" })).toBe(30);
  });

  it("refuses a period that is not a whole number of days", () => {
    for (const bad of ["0", "-5", "1.5", "half a year"]) expect(() => retentionDays({ RETENTION_DAYS: bad }), bad).toThrow(/RETENTION_DAYS/);
  });
});
