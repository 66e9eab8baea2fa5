import { describe, expect, it } from "vitest";
import { defaultSinceDay, mondayOf, resolvePeriod } from "./period";
import { shanghaiDayStart } from "@/lib/time/shanghai";

// Wednesday 2026-03-04 01:30 in Shanghai is still Tuesday 17:30 in UTC.
const now = new Date("2026-03-03T17:30:00Z");

describe("resolvePeriod", () => {
  it("refuses a period longer than two years and says why (audit: 1000-01-01…9999-12-30 took 9 s)", () => {
    expect(resolvePeriod({ kind: "range", from: "1000-01-01", to: "9999-12-30" }, now)).toMatchObject({
      adjusted: true,
      tooLong: true,
      period: { kind: "since", firstDay: "2026-02-01" },
    });
    expect(resolvePeriod({ kind: "since", from: "1970-01-01" }, now)).toMatchObject({ tooLong: true });
    expect(resolvePeriod({ kind: "range", from: "2024-03-01", to: "2026-02-28" }, now)).toMatchObject({ adjusted: false, period: { firstDay: "2024-03-01" } });
    expect(resolvePeriod({ kind: "range", from: "2024-02-28", to: "2026-02-28" }, now)).toMatchObject({ tooLong: true });
  });
  it("this week starts at Monday 00:00 Shanghai, not UTC, and ends now", () => {
    const { period, adjusted } = resolvePeriod({ kind: "week" }, now);
    expect(adjusted).toBe(false);
    expect(period.firstDay).toBe("2026-03-02");
    expect(period.from.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(period.to).toEqual(now);
    expect(period.lastDay).toBe("2026-03-04");
  });

  it("this month starts on the 1st in Shanghai", () => {
    expect(resolvePeriod({ kind: "month" }, now).period.from.toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });

  it("a range covers whole Shanghai days, both ends included", () => {
    const { period } = resolvePeriod({ kind: "range", from: "2026-02-01", to: "2026-02-10" }, now);
    expect(period.from.toISOString()).toBe("2026-01-31T16:00:00.000Z");
    expect(period.to.toISOString()).toBe("2026-02-10T16:00:00.000Z");
    expect(period.endsNow).toBe(false);
  });

  it("a range reaching into the future ends now", () => {
    const { period } = resolvePeriod({ kind: "range", from: "2026-02-01", to: "2026-12-31" }, now);
    expect(period.to).toEqual(now);
    expect(period.lastDay).toBe("2026-03-04");
  });

  it("since a date runs to now", () => {
    const { period } = resolvePeriod({ kind: "since", from: "2025-12-31" }, now);
    expect(period.from.toISOString()).toBe("2025-12-30T16:00:00.000Z");
    expect(period.to).toEqual(now);
  });

  it.each([
    [{ kind: "since", from: "2026-02-30" }],
    [{ kind: "since", from: "2026-03-05" }],
    [{ kind: "range", from: "2026-02-10", to: "2026-02-01" }],
    [{ kind: "range", from: "2026-02-10" }],
    [{ kind: "decade" }],
  ])("falls back to the default and says so for %j", (input) => {
    const { period, adjusted } = resolvePeriod(input, now);
    expect(adjusted).toBe(true);
    expect(period.firstDay).toBe("2026-02-01");
    expect(period.kind).toBe("since");
  });

  it("no input at all is the default without a notice", () => {
    expect(resolvePeriod({}, now)).toMatchObject({ adjusted: false, period: { kind: "since", firstDay: "2026-02-01" } });
  });
});

describe("calendar helpers", () => {
  it("the default since-day is the first of the previous month, across a year end", () => {
    expect(defaultSinceDay(new Date("2026-01-01T00:00:00+08:00"))).toBe("2025-12-01");
  });
  it("weeks start on Monday; a Sunday belongs to the week before", () => {
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
  });
  it("a day starts at 16:00 UTC the day before", () => {
    expect(shanghaiDayStart("2026-10-01").toISOString()).toBe("2026-09-30T16:00:00.000Z");
  });
});
