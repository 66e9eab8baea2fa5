import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/types";
import { isValidDay } from "@/lib/checks/dates";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/log";
import { assertAdmin } from "./guard";
import { isWeekend } from "./month-grid";

// Message keys under `admin.errors`. NORMAL removes the day's entry: it is then whatever its weekday says.
export const calendarDaySchema = z.object({
  day: z.string().trim().refine(isValidDay, "day"),
  kind: z.enum(["HOLIDAY", "WORKDAY", "NORMAL"], "required"),
  note: z
    .string()
    .trim()
    .max(100, "tooLong")
    .optional()
    .transform((s) => s || null),
});
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The stored holidays and 调休 working days of one year. */
export async function calendarYear(p: Principal, year: number) {
  assertAdmin(p);
  const rows = await db.calendarDay.findMany({
    where: { day: { gte: asDate(`${year}-01-01`), lte: asDate(`${year}-12-31`) } },
    orderBy: { day: "asc" },
    select: { day: true, kind: true, note: true },
  });
  return rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), kind: r.kind, note: r.note }));
}

/**
 * Adds or corrects one day. Due times already stored keep their value; requests filed (or due times
 * recomputed) from now on use the corrected calendar.
 */
export async function setCalendarDay(p: Principal, input: CalendarDayInput): Promise<void> {
  assertAdmin(p);
  // A 调休 working day is a weekend day declared working; a weekday already is one.
  if (input.kind === "WORKDAY" && !isWeekend(input.day)) throw new ValidationError({ kind: ["workdayOnWeekday"] });
  await db.$transaction(async (tx) => {
    const day = asDate(input.day);
    const before = await tx.calendarDay.findUnique({ where: { day }, select: { kind: true, note: true } });
    if (input.kind === "NORMAL") {
      if (!before) return;
      await tx.calendarDay.delete({ where: { day } });
    } else {
      await tx.calendarDay.upsert({ where: { day }, create: { day, kind: input.kind, note: input.note }, update: { kind: input.kind, note: input.note } });
    }
    const after = input.kind === "NORMAL" ? null : { kind: input.kind, note: input.note };
    await writeAudit(tx, { actorId: p.id, action: "calendar.set", entity: "CalendarDay", entityId: input.day, before, after });
  });
}
