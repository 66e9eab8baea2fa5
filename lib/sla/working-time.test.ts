import { describe, expect, it } from "vitest";
import { calendarFromData, defaultCalendar } from "./calendar-data";
import { addClockHours, addWorkingDays, addWorkingMs, computeDue, slaPausedMs, workingMsBetween, isWorkingDay, reminderAt, slaState } from "./working-time";
import { shanghaiDay } from "@/lib/time/shanghai";

const cal = defaultCalendar();
const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("isWorkingDay", () => {
  it.each([
    ["2026-09-30", true, "an ordinary Wednesday"],
    ["2026-10-01", false, "National Day"],
    ["2026-10-05", false, "a Monday inside the National Day holiday"],
    ["2026-10-10", true, "a 调休 Saturday"],
    ["2026-10-11", false, "an ordinary Sunday"],
    ["2026-09-20", true, "a 调休 Sunday"],
    ["2025-10-08", false, "the 8th day of the 2025 National Day holiday"],
    ["2027-02-08", false, "a provisional 2027 Spring Festival Monday"],
  ])("%s → %s (%s)", (day, expected) => {
    expect(isWorkingDay(day, cal)).toBe(expected);
  });

  it("uses the calendar it is given, not built-in data", () => {
    const custom = calendarFromData([{ day: "2026-09-30", kind: "HOLIDAY" }]);
    expect(isWorkingDay("2026-09-30", custom)).toBe(false);
    expect(isWorkingDay("2026-10-01", custom)).toBe(true);
  });
});

describe("shanghaiDay", () => {
  it("puts 16:30 UTC on the next Shanghai day", () => {
    expect(shanghaiDay(at("2026-09-30T16:30:00Z"))).toBe("2026-10-01");
  });
});

describe("addWorkingDays", () => {
  it("skips the 2026 National Day holiday and counts the 调休 Saturday", () => {
    // Working days after Wed 30 Sep: Oct 8, 9, 10 (Sat, 调休), 12, 13.
    expect(addWorkingDays(at("2026-09-30T10:00:00+08:00"), 5, cal)).toEqual(at("2026-10-13T10:00:00+08:00"));
  });

  it("keeps the time of day for a late-evening submission near midnight UTC+8", () => {
    expect(addWorkingDays(at("2026-10-09T23:30:00+08:00"), 1, cal)).toEqual(at("2026-10-10T23:30:00+08:00"));
  });

  it("starts the clock at 00:00 of the next working day for a submission during a holiday", () => {
    // Starts Thu 8 Oct 00:00; one working day later is Fri 9 Oct 00:00 (all of Oct 8 available).
    expect(addWorkingDays(at("2026-10-03T15:00:00+08:00"), 1, cal)).toEqual(at("2026-10-09T00:00:00+08:00"));
  });

  it("counts from 00:00 of the following working day when submitted on a Sunday", () => {
    // Sun 11 Oct → starts Mon 12 Oct 00:00 → due Wed 14 Oct 00:00 for 2 working days.
    expect(addWorkingDays(at("2026-10-11T09:00:00+08:00"), 2, cal)).toEqual(at("2026-10-14T00:00:00+08:00"));
  });

  it("returns the submission instant for 0 days on a working day", () => {
    expect(addWorkingDays(at("2026-09-30T10:00:00+08:00"), 0, cal)).toEqual(at("2026-09-30T10:00:00+08:00"));
  });

  it("rejects negative or fractional day counts", () => {
    expect(() => addWorkingDays(at("2026-09-30T10:00:00+08:00"), -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays(at("2026-09-30T10:00:00+08:00"), 1.5, cal)).toThrow(RangeError);
  });
});

describe("addClockHours / hour-based SLAs", () => {
  it("runs through a weekend on the clock", () => {
    expect(addClockHours(at("2026-10-16T20:00:00+08:00"), 24)).toEqual(at("2026-10-17T20:00:00+08:00"));
  });

  it("computes a 24 h supply-chain resolution over a holiday without skipping it", () => {
    const due = computeDue(at("2026-09-30T22:00:00+08:00"), { amount: 24, unit: "hours" }, cal);
    expect(due).toEqual(at("2026-10-01T22:00:00+08:00"));
  });

  it("pushes an hour-based due time by exactly the paused time", () => {
    const due = computeDue(at("2026-10-17T08:00:00+08:00"), { amount: 2, unit: "hours" }, cal, 90 * 60 * 1000);
    expect(due).toEqual(at("2026-10-17T11:30:00+08:00"));
  });
});

describe("computeDue with working days", () => {
  const fiveDays = { amount: 5, unit: "workingDays" } as const;

  it("matches addWorkingDays when nothing was paused", () => {
    expect(computeDue(at("2026-09-30T10:00:00+08:00"), fiveDays, cal)).toEqual(at("2026-10-13T10:00:00+08:00"));
  });

  it("adds a pause that stays on working days", () => {
    // Unpaused due Tue 13 Oct 10:00; a 1-day pause lands on Wed 14 Oct 10:00.
    expect(computeDue(at("2026-09-30T10:00:00+08:00"), fiveDays, cal, DAY)).toEqual(at("2026-10-14T10:00:00+08:00"));
  });

  it("rolls a paused due time that lands on a weekend to the next working day", () => {
    // 3-day resolution from Mon 12 Oct 10:00 → Thu 15 Oct 10:00; +2 days paused → Sat 17 → Mon 19 Oct.
    const due = computeDue(at("2026-10-12T10:00:00+08:00"), { amount: 3, unit: "workingDays" }, cal, 2 * DAY);
    expect(due).toEqual(at("2026-10-19T10:00:00+08:00"));
  });

  it("does not count a weekend inside a pause: Friday 18:00 to Monday 09:00 pushes the due time by 15 hours", () => {
    const pause = { start: at("2026-10-16T18:00:00+08:00"), end: at("2026-10-19T09:00:00+08:00") };
    const paused = slaPausedMs(fiveDays, [pause], cal);
    expect(paused).toBe(15 * HOUR);
    // From Mon 12 Oct 10:00, five working days → Mon 19 Oct 10:00; + 15 working hours → Tue 20 Oct 01:00.
    expect(computeDue(at("2026-10-12T10:00:00+08:00"), fiveDays, cal, paused)).toEqual(at("2026-10-20T01:00:00+08:00"));
    // The same pause stops an hour-based SLA for all of its 63 hours.
    expect(slaPausedMs({ amount: 24, unit: "hours" }, [pause], cal)).toBe(63 * HOUR);
  });

  it("does not count the National Day holiday inside a pause, and pushes past it", () => {
    // Paused Tue 29 Sep 12:00 → Fri 9 Oct 12:00: 29 Sep 12 h + 30 Sep 24 h + 8 Oct 24 h + 9 Oct 12 h
    // (1–7 Oct are the holiday).
    const pause = { start: at("2026-09-29T12:00:00+08:00"), end: at("2026-10-09T12:00:00+08:00") };
    expect(workingMsBetween(pause.start, pause.end, cal)).toBe(72 * HOUR);
    // 36 working hours from Wed 30 Sep 12:00: the rest of the 30th (12 h), then all of Thu 8 Oct.
    expect(addWorkingMs(at("2026-09-30T12:00:00+08:00"), 36 * HOUR, cal)).toEqual(at("2026-10-09T00:00:00+08:00"));
  });

  it("measures and adds working time as inverses", () => {
    const start = at("2026-10-15T16:30:00+08:00");
    for (const hours of [0, 1, 7.5, 30, 100]) {
      const end = addWorkingMs(start, hours * HOUR, cal);
      expect(workingMsBetween(start, end, cal)).toBe(hours * HOUR);
    }
  });

  it("refuses a negative pause", () => {
    expect(() => computeDue(at("2026-10-12T10:00:00+08:00"), fiveDays, cal, -1)).toThrow(RangeError);
  });
});

describe("slaState / reminderAt", () => {
  const created = at("2026-10-12T10:00:00+08:00");
  const due = at("2026-10-13T10:00:00+08:00");

  it("reminds at 80% of the way to the due time", () => {
    expect(reminderAt(created, due)).toEqual(at("2026-10-13T05:12:00+08:00"));
  });

  it.each([
    ["2026-10-12T12:00:00+08:00", "ok"],
    ["2026-10-13T05:11:59+08:00", "ok"],
    ["2026-10-13T05:12:00+08:00", "due_soon"],
    ["2026-10-13T10:00:00+08:00", "due_soon"],
    ["2026-10-13T10:00:01+08:00", "overdue"],
  ] as const)("at %s → %s", (now, expected) => {
    expect(slaState(due, at(now), created)).toBe(expected);
  });
});
