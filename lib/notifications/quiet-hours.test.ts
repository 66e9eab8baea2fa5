import { describe, expect, it } from "vitest";
import { allowedAt, DEFAULT_WINDOW, nextContactTime, parseContactHours } from "./quiet-hours";

const at = (s: string) => new Date(`${s}+08:00`);

describe("contact hours", () => {
  it("reads the hours enterprises write, in both languages", () => {
    expect(parseContactHours("工作日 08:30–17:30")).toEqual({ weekdaysOnly: true, start: 510, end: 1050 });
    expect(parseContactHours("每天 08:00–20:00")).toEqual({ weekdaysOnly: false, start: 480, end: 1200 });
    expect(parseContactHours("Weekdays 9:00 to 17:00")).toEqual({ weekdaysOnly: true, start: 540, end: 1020 });
    expect(parseContactHours("周一至周五 9：00-18：00")).toEqual({ weekdaysOnly: true, start: 540, end: 1080 });
  });

  it("falls back to daytime for nothing, unreadable or overnight hours", () => {
    for (const text of [null, "", "随时", "22:00-06:00", "25:00-26:00"]) expect(parseContactHours(text)).toEqual(DEFAULT_WINDOW);
  });

  it("holds a text due at 23:00 until the next morning's opening", () => {
    const every = parseContactHours("每天 08:00–20:00");
    expect(nextContactTime(at("2026-03-04T23:00:00"), every)).toEqual(at("2026-03-05T08:00:00"));
    expect(nextContactTime(at("2026-03-05T06:10:00"), every)).toEqual(at("2026-03-05T08:00:00"));
  });

  it("sends at once inside the window", () => {
    expect(nextContactTime(at("2026-03-04T10:15:00"), parseContactHours("每天 08:00–20:00"))).toEqual(at("2026-03-04T10:15:00"));
  });

  it("skips the weekend for working-day hours", () => {
    // 2026-03-06 is a Friday.
    expect(nextContactTime(at("2026-03-06T18:00:00"), parseContactHours("工作日 08:30–17:30"))).toEqual(at("2026-03-09T08:30:00"));
    expect(nextContactTime(at("2026-03-07T10:00:00"), parseContactHours("每天 08:00–20:00"))).toEqual(at("2026-03-07T10:00:00"));
  });
});

describe("a text's remembered rule", () => {
  it("holds a retry to the hours unless the text may go at any hour", () => {
    const late = at("2026-03-04T20:00:30");
    expect(allowedAt(late, { hours: "每天 08:00–20:00", anyHour: false })).toEqual(at("2026-03-05T08:00:00"));
    expect(allowedAt(late, { hours: "每天 08:00–20:00", anyHour: true })).toEqual(late);
    expect(allowedAt(late, undefined)).toEqual(late);
  });
});
