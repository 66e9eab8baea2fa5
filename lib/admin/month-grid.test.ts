import { describe, expect, it } from "vitest";
import { isWeekend, monthGrid } from "./month-grid";

describe("monthGrid", () => {
  it("starts weeks on Monday and pads the edges with empty cells", () => {
    // 1 October 2026 is a Thursday; the 31st a Saturday.
    const weeks = monthGrid(2026, 10);
    expect(weeks).toHaveLength(5);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]).toEqual({ day: "2026-10-01", weekday: 4 });
    expect(weeks[4][5]).toEqual({ day: "2026-10-31", weekday: 6 });
    expect(weeks[4][6]).toBeNull();
  });

  it("knows leap years and a month that fills exactly four weeks", () => {
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29);
    // February 2027 begins on a Monday and has 28 days.
    const feb = monthGrid(2027, 2);
    expect(feb).toHaveLength(4);
    expect(feb.flat().every(Boolean)).toBe(true);
  });
});

describe("isWeekend", () => {
  it("is Saturday and Sunday only", () => {
    expect(isWeekend("2026-10-10")).toBe(true);
    expect(isWeekend("2026-10-11")).toBe(true);
    expect(isWeekend("2026-10-12")).toBe(false);
  });
});
