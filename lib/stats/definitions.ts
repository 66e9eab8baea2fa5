// Every stats figure rests on these SQL fragments; each is defined here once, with its one-line meaning.
// All of them read the request row aliased `r` (and a pause row aliased `p` where said).
// Columns are `timestamp(3)` holding UTC, so instants go in as ISO text cast to timestamp.
import { Prisma } from "@/generated/prisma/client";
import type { Period } from "./period";
import type { Scope } from "./scope";
import { OPEN as OPEN_STATUSES, RUNNING, SOLVED as SOLVED_STATUSES } from "@/lib/workflow/statuses";
import { sqlList } from "@/lib/workflow/status-sql";

/** An instant as a UTC `timestamp(3)` parameter (never concatenated: always a bound parameter). */
export function ts(d: Date): Prisma.Sql {
  return Prisma.sql`${d.toISOString()}::timestamp(3)`;
}

/** The person's scope and filters: owning unit, township of the enterprise, request type. */
export function inScope(s: Scope): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (s.unitId) parts.push(Prisma.sql`r."unitId" = ${s.unitId}`);
  if (s.townshipId) parts.push(Prisma.sql`r."townshipId" = ${s.townshipId}`);
  if (s.type) parts.push(Prisma.sql`r."type" = ${s.type}`);
  return Prisma.join(parts, " AND ");
}

/**
 * The request row `r` behind a pause or rating, joined only when the scope filters on it: city-wide the
 * pause or rating table is read alone instead of hashing the whole request table into the join.
 */
export function requestOf(s: Scope, foreignKey: Prisma.Sql): Prisma.Sql {
  return s.unitId || s.townshipId || s.type ? Prisma.sql`JOIN "Request" r ON r."id" = ${foreignKey}` : Prisma.empty;
}

/** Received: submitted within the period. */
export function receivedIn(p: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`(r."submittedAt" >= ${ts(p.from)} AND r."submittedAt" < ${ts(p.to)})`;
}

/** Resolved: its latest resolution (resolvedAt) falls in the period and it is RESOLVED or CLOSED now (a reopened case counts again only when resolved again). */
export function resolvedIn(p: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`(r."resolvedAt" >= ${ts(p.from)} AND r."resolvedAt" < ${ts(p.to)} AND r."status" IN (${sqlList(SOLVED_STATUSES)}))`;
}

/** Solved now: RESOLVED or CLOSED. */
export const SOLVED = Prisma.sql`(r."status" IN (${sqlList(SOLVED_STATUSES)}))`;

/**
 * Accepted (受理): got past SUBMITTED and was not turned down — every status but SUBMITTED and REJECTED
 * (不予受理, even when rejected after acceptance), and WITHDRAWN only when withdrawn after acceptance,
 * so a withdrawal never improves the resolution rate.
 */
// CASE keeps the timeline lookup to withdrawn cases that had a unit response (acceptance always sets
// firstResponseAt); the scalar subquery with LIMIT is one index probe each, never a hash of every event.
export const ACCEPTED = Prisma.sql`(CASE r."status" WHEN 'SUBMITTED' THEN FALSE WHEN 'REJECTED' THEN FALSE
  WHEN 'WITHDRAWN' THEN r."firstResponseAt" IS NOT NULL AND COALESCE((
    SELECT we."fromStatus" FROM "Event" we WHERE we."requestId" = r."id" AND we."kind" = 'STATUS' AND we."toStatus" = 'WITHDRAWN'
    ORDER BY we."id" DESC LIMIT 1), 'SUBMITTED') <> 'SUBMITTED'
  ELSE TRUE END)`;

/** Open (backlog): waiting on the unit or the enterprise. */
export const OPEN = Prisma.sql`(r."status" IN (${sqlList(OPEN_STATUSES)}))`;

/**
 * Overdue now: open and past its due time with the clock running; a case waiting in NEEDS_INFO (clock
 * paused) is overdue only when it was already overdue as the pause began.
 */
export function overdueAt(now: Date): Prisma.Sql {
  return Prisma.sql`((r."status" IN (${sqlList(RUNNING)}) AND r."dueAt" < ${ts(now)}) OR (r."status" = 'NEEDS_INFO' AND EXISTS (
    SELECT 1 FROM "SlaPause" op WHERE op."requestId" = r."id" AND op."endedAt" IS NULL AND op."startedAt" > r."dueAt")))`;
}

/** On time: first resolved no later than the due time (which already moves with paused time and working days). */
export const ON_TIME = Prisma.sql`(r."firstResolvedAt" <= r."dueAt")`;

/** Reopened: the enterprise reopened a resolution at least once. */
export const REOPENED = Prisma.sql`(r."reopenCount" > 0)`;

/** Time to first response, hours: first unit response − submission (a pause cannot precede it). */
export const FIRST_RESPONSE_HOURS = Prisma.sql`(EXTRACT(EPOCH FROM (r."firstResponseAt" - r."submittedAt")) * 1000 / 3600000.0)::float8`;

/**
 * Time to resolution, hours: first resolution − submission − time paused before the first resolution.
 * Without a reopen every pause came before it (pausedMs); after a reopen, only the pauses that began before it count.
 */
export const RESOLUTION_HOURS = Prisma.sql`((EXTRACT(EPOCH FROM (r."firstResolvedAt" - r."submittedAt")) * 1000 - CASE WHEN r."reopenCount" = 0 THEN r."pausedMs" ELSE (
  SELECT COALESCE(SUM(EXTRACT(EPOCH FROM (LEAST(COALESCE(rp."endedAt", r."firstResolvedAt"), r."firstResolvedAt") - rp."startedAt")) * 1000), 0)
  FROM "SlaPause" rp WHERE rp."requestId" = r."id" AND rp."startedAt" < r."firstResolvedAt") END) / 3600000.0)::float8`;

/** Backlog age band by time since submission, the bands of AgeBucket in ./backlog.ts: <1 d, 1–3 d, 3–7 d, >7 d. */
export function ageBucketAt(now: Date): Prisma.Sql {
  const n = ts(now);
  return Prisma.sql`(CASE WHEN ${n} - r."submittedAt" < interval '1 day' THEN 'lt1d'
    WHEN ${n} - r."submittedAt" < interval '3 days' THEN 'd1to3'
    WHEN ${n} - r."submittedAt" <= interval '7 days' THEN 'd3to7' ELSE 'gt7d' END)`;
}

/** Pause length, hours (pause row `p`): until it ended, or until now while still open. */
export function pauseHoursAt(now: Date): Prisma.Sql {
  return Prisma.sql`(EXTRACT(EPOCH FROM (COALESCE(p."endedAt", ${ts(now)}) - p."startedAt")) * 1000 / 3600000.0)::float8`;
}

/** Satisfied (满意): a rating of 4 or 5 (rating row `g`). */
export const SATISFIED = Prisma.sql`(g."score" >= 4)`;

/**
 * Withdrawn in the period: its (latest) withdrawal time is in the period, for the lead's review — a case
 * the review brought back to work still counts as withdrawn, with its outcome.
 */
export function withdrawnIn(p: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`(r."withdrawnAt" >= ${ts(p.from)} AND r."withdrawnAt" < ${ts(p.to)})`;
}

/** The Monday (Shanghai) of the week an instant column falls in, as a date. */
export function shanghaiWeekOf(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(date_trunc('week', ${column} + interval '8 hours'))::date`;
}
