import type { Db, Tx } from "@/lib/db";
import { calendarFromData, defaultCalendar, type CalendarDays } from "@/lib/sla/calendar-data";

/**
 * The working-day calendar as stored in CalendarDay (seeded from lib/sla/calendar-data.ts, corrected by
 * admins). An empty table means the data was never seeded: fall back to the built-in years rather than
 * treating every weekday of a holiday week as a working day.
 */
export async function loadCalendar(client: Db | Tx): Promise<CalendarDays> {
  const rows = await client.calendarDay.findMany({ select: { day: true, kind: true } });
  if (rows.length === 0) return defaultCalendar();
  // @db.Date comes back as UTC midnight of the stored day.
  return calendarFromData(rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), kind: r.kind })));
}
