// China's public holidays and 调休 make-up working days (weekend days declared working days),
// per year, as published by the State Council General Office. In the app the calendar lives in the
// database (seeded from this data, corrected via /admin/calendar) and is passed to the SLA functions;
// this file is the seed and the fallback for tests. Days are Asia/Shanghai calendar days.

export const CALENDAR: Record<number, { holidays: string[]; workdays: string[] }> = {
  // 国务院办公厅关于2025年部分节假日安排的通知 (Nov 2024)
  2025: {
    holidays: [
      // 元旦 New Year
      "2025-01-01",
      // 春节 Spring Festival
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-02",
      "2025-02-03",
      "2025-02-04",
      // 清明 Qingming
      "2025-04-04",
      "2025-04-05",
      "2025-04-06",
      // 劳动节 Labour Day
      "2025-05-01",
      "2025-05-02",
      "2025-05-03",
      "2025-05-04",
      "2025-05-05",
      // 端午 Dragon Boat
      "2025-05-31",
      "2025-06-01",
      "2025-06-02",
      // 国庆·中秋 National Day and Mid-Autumn
      "2025-10-01",
      "2025-10-02",
      "2025-10-03",
      "2025-10-04",
      "2025-10-05",
      "2025-10-06",
      "2025-10-07",
      "2025-10-08",
    ],
    workdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知 (Nov 2025)
  2026: {
    holidays: [
      // 元旦 New Year
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      // 春节 Spring Festival
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
      // 清明 Qingming
      "2026-04-04",
      "2026-04-05",
      "2026-04-06",
      // 劳动节 Labour Day
      "2026-05-01",
      "2026-05-02",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      // 端午 Dragon Boat
      "2026-06-19",
      "2026-06-20",
      "2026-06-21",
      // 中秋 Mid-Autumn
      "2026-09-25",
      "2026-09-26",
      "2026-09-27",
      // 国庆 National Day
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ],
    workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
  // 2027: not yet published by the State Council at time of data entry. The festival dates are
  // statutory; the bridging days and 调休 are unknown until the notice appears.
  2027: {
    // provisional, correct via /admin/calendar
    holidays: [
      // 元旦 New Year
      "2027-01-01",
      // 春节 Spring Festival (除夕 New Year's Eve Feb 5)
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
      "2027-02-12",
      // 清明 Qingming
      "2027-04-05",
      // 劳动节 Labour Day
      "2027-05-01",
      "2027-05-02",
      "2027-05-03",
      "2027-05-04",
      "2027-05-05",
      // 端午 Dragon Boat
      "2027-06-09",
      // 中秋 Mid-Autumn
      "2027-09-15",
      // 国庆 National Day
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
      "2027-10-04",
      "2027-10-05",
      "2027-10-06",
      "2027-10-07",
    ],
    // provisional, correct via /admin/calendar
    workdays: [],
  },
};

/** The calendar as the SLA functions take it: "YYYY-MM-DD" Asia/Shanghai days. */
export type CalendarDays = { holidays: Set<string>; workdays: Set<string> };

/** Builds the calendar from the rows stored in the database. */
export function calendarFromData(rows: { day: string; kind: "HOLIDAY" | "WORKDAY" }[]): CalendarDays {
  const cal: CalendarDays = { holidays: new Set(), workdays: new Set() };
  for (const row of rows) (row.kind === "HOLIDAY" ? cal.holidays : cal.workdays).add(row.day);
  return cal;
}

/** Every year in CALENDAR; for seeding and tests — the app reads the stored calendar instead. */
export function defaultCalendar(): CalendarDays {
  const years = Object.values(CALENDAR);
  return {
    holidays: new Set(years.flatMap((y) => y.holidays)),
    workdays: new Set(years.flatMap((y) => y.workdays)),
  };
}
