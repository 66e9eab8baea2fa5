import { describe, expect, it } from "vitest";
import { CALENDAR, calendarFromData, defaultCalendar } from "./calendar-data";

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const years = Object.entries(CALENDAR);

describe("CALENDAR data", () => {
  it.each(years)("%s: every day is a real date of its own year", (year, { holidays, workdays }) => {
    for (const day of [...holidays, ...workdays]) {
      expect(day).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
      expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
    }
  });

  it.each(years)("%s: 调休 workdays are weekend days and never also holidays", (_year, { holidays, workdays }) => {
    for (const day of workdays) {
      expect([0, 6]).toContain(weekday(day));
      expect(holidays).not.toContain(day);
    }
  });

  it("holds the 2026 National Day week and its two make-up days", () => {
    expect(CALENDAR[2026].holidays.filter((d) => d.startsWith("2026-10-"))).toHaveLength(7);
    expect(CALENDAR[2026].workdays).toEqual(expect.arrayContaining(["2026-09-20", "2026-10-10"]));
  });

  it("counts the published 2025 and 2026 holiday days", () => {
    expect(CALENDAR[2025].holidays).toHaveLength(28);
    expect(CALENDAR[2026].holidays).toHaveLength(33);
  });
});

describe("calendarFromData / defaultCalendar", () => {
  it("sorts stored rows into holidays and workdays", () => {
    const cal = calendarFromData([
      { day: "2026-10-01", kind: "HOLIDAY" },
      { day: "2026-10-10", kind: "WORKDAY" },
    ]);
    expect([...cal.holidays]).toEqual(["2026-10-01"]);
    expect([...cal.workdays]).toEqual(["2026-10-10"]);
  });

  it("merges every year", () => {
    const cal = defaultCalendar();
    expect(cal.holidays.has("2025-01-01")).toBe(true);
    expect(cal.holidays.has("2027-10-07")).toBe(true);
    expect(cal.workdays.has("2025-10-11")).toBe(true);
  });
});
