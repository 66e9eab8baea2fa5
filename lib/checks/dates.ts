import { DAY_MS, SHANGHAI_OFFSET_MS } from "@/lib/time/shanghai";

const HOUR_MS = 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type ArrivalWindowCheck = "ok" | "past" | "order";

/** Milliseconds since the epoch of a "YYYY-MM-DD" day at UTC midnight, or null if not a calendar day. */
function dayToUtcMs(day: string): number | null {
  const m = DAY_PATTERN.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC silently rolls 2023-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) {
    return null;
  }
  return ms;
}

function utcMsToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isValidDate(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** True for a real calendar day written "YYYY-MM-DD" (leap days included, 2023-02-29 refused). */
export function isValidDay(day: string): boolean {
  return dayToUtcMs(day) !== null;
}

export function todayInShanghai(now: Date): string {
  if (!isValidDate(now)) throw new RangeError("now is an invalid Date");
  return utcMsToDay(now.getTime() + SHANGHAI_OFFSET_MS);
}

/**
 * Checks a requested arrival window. A start up to an hour ago is still "ok" because a form
 * filled in while the truck pulls in should not be refused. An invalid bound fails closed.
 */
export function isArrivalWindowValid(from: Date, to: Date, now: Date): ArrivalWindowCheck {
  if (!isValidDate(now)) throw new RangeError("now is an invalid Date");
  if (!isValidDate(from) || from.getTime() < now.getTime() - HOUR_MS) return "past";
  if (!isValidDate(to) || to.getTime() <= from.getTime()) return "order";
  return "ok";
}

/** True when the day comes strictly after today in Shanghai; false for malformed days. */
export function isDepartureAfterToday(day: string, now: Date): boolean {
  return isValidDay(day) && day > todayInShanghai(now);
}

/**
 * Whole Shanghai calendar days from today to `day`: 0 today, 1 tomorrow, -1 yesterday.
 * Throws RangeError on a malformed day, because no number would be a safe answer.
 */
export function daysUntil(day: string, now: Date): number {
  const target = dayToUtcMs(day);
  if (target === null) throw new RangeError(`not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  const today = dayToUtcMs(todayInShanghai(now)) as number;
  return Math.round((target - today) / DAY_MS);
}

/** How far ahead a planned date may lie: a passport expedite is for travel within a year. */
export const DEPARTURE_HORIZON_DAYS = 365;
/** Goods handed over at the city's edge are on the road within a quarter, not in 2999. */
export const ARRIVAL_HORIZON_DAYS = 90;

/** True when a calendar day is no more than `days` days after today in Shanghai. */
export function isDayWithin(day: string, now: Date, days: number): boolean {
  return isValidDay(day) && daysUntil(day, now) <= days;
}

/** True when an instant is no more than `days` days after now. */
export function isInstantWithin(at: Date, now: Date, days: number): boolean {
  return isValidDate(at) && at.getTime() - now.getTime() <= days * DAY_MS;
}

/** Same month and day `years` away; 29 February lands on 28 February in a common year. */
function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return utcMsToDay(Date.UTC(y + years, m - 1, Math.min(d, lastOfMonth)));
}

/**
 * A visa expiry worth accepting: at most one year ago (an overstay being regularised) and at most
 * ten years ahead (the longest visa or residence permit validity); both bounds inclusive.
 */
export function isVisaExpiryPlausible(day: string, now: Date): boolean {
  if (!isValidDay(day)) return false;
  const today = todayInShanghai(now);
  return day >= shiftYears(today, -1) && day <= shiftYears(today, 10);
}
