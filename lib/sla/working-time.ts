import type { CalendarDays } from "./calendar-data";

import { DAY_MS, SHANGHAI_OFFSET_MS as OFFSET_MS, shanghaiDay, shanghaiTimeOfDayMs as timeOfDayMs } from "@/lib/time/shanghai";

const HOUR_MS = 60 * 60 * 1000;
// A calendar with no working day for a whole year is corrupt data; fail instead of looping forever.
const MAX_SCAN_DAYS = 366;

export type SlaDuration = { amount: number; unit: "hours" | "workingDays" };
export type SlaSpec = { firstResponse: SlaDuration; resolution: SlaDuration };

function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - OFFSET_MS;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** A declared 调休 workday always works; otherwise Monday–Friday unless a public holiday. */
export function isWorkingDay(day: string, cal: CalendarDays): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextWorkingDay(day: string, cal: CalendarDays): string {
  let d = day;
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    d = nextDay(d);
    if (isWorkingDay(d, cal)) return d;
  }
  throw new Error(`No working day within ${MAX_SCAN_DAYS} days after ${day}: check the calendar`);
}

/**
 * Due instant `days` working days after `start`, at the same Shanghai time of day.
 * A start on a non-working day counts from 00:00 of the next working day, so the due instant is
 * 00:00 of the working day after the Nth: the whole Nth working day is available, and the case is
 * due the moment the next one begins. E.g. Saturday 15:00 + 1 → Tuesday 00:00 (all of Monday).
 */
export function addWorkingDays(start: Date, days: number, cal: CalendarDays): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  let day = shanghaiDay(start);
  let time = timeOfDayMs(start);
  if (!isWorkingDay(day, cal)) {
    day = nextWorkingDay(day, cal);
    time = 0;
  }
  for (let i = 0; i < days; i++) day = nextWorkingDay(day, cal);
  return new Date(dayStartMs(day) + time);
}

/** Clock hours: weekends and holidays count (goods on the road do not wait for Monday). */
export function addClockHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * HOUR_MS);
}

/**
 * Milliseconds of [start, end) that fall on working days (a working day counts all of its 24 hours, as
 * addWorkingDays does). A pause from Friday 18:00 to Monday 09:00 holds 6 + 9 = 15 working hours.
 */
export function workingMsBetween(start: Date, end: Date, cal: CalendarDays): number {
  let total = 0;
  let from = start.getTime();
  const to = end.getTime();
  while (from < to) {
    const day = shanghaiDay(new Date(from));
    const dayEnd = dayStartMs(nextDay(day));
    if (isWorkingDay(day, cal)) total += Math.min(dayEnd, to) - from;
    from = dayEnd;
  }
  return total;
}

/** The instant `ms` of working time after `start`, skipping non-working days (the inverse of workingMsBetween). */
export function addWorkingMs(start: Date, ms: number, cal: CalendarDays): Date {
  let day = shanghaiDay(start);
  let at = start.getTime();
  if (!isWorkingDay(day, cal)) {
    day = nextWorkingDay(day, cal);
    at = dayStartMs(day);
  }
  let left = ms;
  for (;;) {
    const room = dayStartMs(nextDay(day)) - at;
    if (left <= room) return new Date(at + left);
    left -= room;
    day = nextWorkingDay(day, cal);
    at = dayStartMs(day);
  }
}

/**
 * How much the pauses stop an SLA's own clock: all of their time for an SLA in clock hours, only the
 * working-day part of it for one in working days (a question asked on Friday evening and answered on
 * Monday morning costs the unit nothing for the weekend — and gains it nothing either).
 */
export function slaPausedMs(spec: SlaDuration, pauses: { start: Date; end: Date }[], cal: CalendarDays): number {
  const span = (p: { start: Date; end: Date }) =>
    spec.unit === "hours" ? Math.max(0, p.end.getTime() - p.start.getTime()) : workingMsBetween(p.start, p.end, cal);
  return pauses.reduce((sum, p) => sum + span(p), 0);
}

/**
 * Due instant of an SLA duration counted from submission, pushed later by `pausedMs`, the time the
 * SLA's clock was paused as slaPausedMs measures it: clock time for hours, working time for working
 * days (added working day by working day, so the due time never lands on a weekend or holiday).
 */
export function computeDue(submittedAt: Date, spec: SlaDuration, cal: CalendarDays, pausedMs = 0): Date {
  if (pausedMs < 0) throw new RangeError(`pausedMs must be ≥ 0, got ${pausedMs}`);
  if (spec.unit === "hours") return new Date(addClockHours(submittedAt, spec.amount).getTime() + pausedMs);
  const due = addWorkingDays(submittedAt, spec.amount, cal);
  if (pausedMs === 0) return due;
  return addWorkingMs(due, pausedMs, cal);
}

export const REMINDER_FRACTION = 0.8;

/** When the assignee is reminded: 80% of the way from creation to the due time. */
export function reminderAt(createdAt: Date, dueAt: Date): Date {
  const span = dueAt.getTime() - createdAt.getTime();
  return new Date(createdAt.getTime() + Math.round(span * REMINDER_FRACTION));
}

/** "overdue" once past the due instant; "due_soon" from the reminder point on. */
export function slaState(dueAt: Date, now: Date, createdAt: Date): "ok" | "due_soon" | "overdue" {
  if (now.getTime() > dueAt.getTime()) return "overdue";
  if (now.getTime() >= reminderAt(createdAt, dueAt).getTime()) return "due_soon";
  return "ok";
}
