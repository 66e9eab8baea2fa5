import { isValidDay, todayInShanghai } from "@/lib/checks/dates";
import { isOneOf } from "@/lib/checks/one-of";

import { DAY_MS, shanghaiDayStart } from "@/lib/time/shanghai";

export const PERIOD_KINDS = ["week", "month", "since", "range"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A stats period: the instants [from, to) and the Shanghai days it spans (firstDay..lastDay inclusive).
 * `endsNow` periods run up to the moment of the page view ("this week", "since a date").
 */
export type Period = { kind: PeriodKind; from: Date; to: Date; firstDay: string; lastDay: string; endsNow: boolean };

export type PeriodInput = { kind?: string; from?: string; to?: string };

/**
 * The longest period one view may ask for: two years (731 days, a leap year included). Enough to compare a
 * season with the same one a year before; beyond it a single page view would read every request ever filed
 * (the audit's 1000-01-01…9999-12-30 took 9 s and 60 MB and slowed everyone's queue).
 */
export const MAX_PERIOD_DAYS = 731;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the (Monday-first) week a day belongs to. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** The default "since" day: the first of the previous month, so the page is never empty on the 1st. */
export function defaultSinceDay(now: Date): string {
  const today = todayInShanghai(now);
  return firstOfMonth(addDays(firstOfMonth(today), -1));
}

function sinceDay(kind: PeriodKind, from: string | undefined, today: string, now: Date): string | null {
  if (kind === "week") return mondayOf(today);
  if (kind === "month") return firstOfMonth(today);
  if (from === undefined) return kind === "since" ? defaultSinceDay(now) : null;
  return isValidDay(from) && from <= today ? from : null;
}

/**
 * The period a person asked for; anything unusable (an unknown kind, a day that does not exist, a
 * start in the future, a range ending before it starts) falls back to the default and sets `adjusted`.
 */
export function resolvePeriod(input: PeriodInput, now: Date): { period: Period; adjusted: boolean; tooLong?: boolean } {
  const asked = resolveAsked(input, now);
  const days = (Date.parse(`${asked.period.lastDay}T00:00:00Z`) - Date.parse(`${asked.period.firstDay}T00:00:00Z`)) / DAY_MS + 1;
  if (days <= MAX_PERIOD_DAYS) return asked;
  const today = todayInShanghai(now);
  return { period: endingNow("since", defaultSinceDay(now), today, now), adjusted: true, tooLong: true };
}

function resolveAsked(input: PeriodInput, now: Date): { period: Period; adjusted: boolean } {
  const today = todayInShanghai(now);
  const kind = isOneOf(PERIOD_KINDS, input.kind) ? input.kind : null;
  const fallback = () => endingNow("since", defaultSinceDay(now), today, now);
  if (!kind) return { period: fallback(), adjusted: input.kind !== undefined && input.kind !== "" };
  const first = sinceDay(kind, input.from, today, now);
  if (!first) return { period: fallback(), adjusted: true };
  if (kind !== "range") return { period: endingNow(kind, first, today, now), adjusted: false };
  if (!input.to || !isValidDay(input.to) || input.to < first) return { period: fallback(), adjusted: true };
  // A range reaching today or beyond ends now: the future holds no figures yet.
  if (input.to >= today) return { period: endingNow("range", first, today, now), adjusted: false };
  return {
    period: { kind, from: shanghaiDayStart(first), to: shanghaiDayStart(addDays(input.to, 1)), firstDay: first, lastDay: input.to, endsNow: false },
    adjusted: false,
  };
}

function endingNow(kind: PeriodKind, first: string, today: string, now: Date): Period {
  return { kind, from: shanghaiDayStart(first), to: now, firstDay: first, lastDay: today, endsNow: true };
}
