// Daily stats rollups: the period figures (flow, trend, satisfaction, pauses) added up from per-day rows
// (StatsDay, StatsHistogram, StatsPauseDay) instead of reading every request of the period. Triggers on
// Request, Event, SlaPause and Rating append the Shanghai days a change touched to StatsDirtyDay; the fold
// recomputes exactly those days with the live definitions (definitions.ts), so a rollup never disagrees
// with the live SQL, whichever code path made the change.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { ACCEPTED, FIRST_RESPONSE_HOURS, ON_TIME, REOPENED, RESOLUTION_HOURS, SATISFIED, SOLVED, ts } from "./definitions";
import type { Breakdown, FlowBreakdown, FlowFigures, Spread } from "./flow";
import { percentileFromBins, type Bin } from "./histogram";
import type { PauseByReason } from "./pauses";
import { addDays, mondayOf, type Period } from "./period";
import type { Satisfaction } from "./satisfaction";
import type { Scope } from "./scope";
import type { TrendWeek } from "./trend";
import { REVIEW_JOIN, WITHDRAWAL_COUNTS, type WithdrawalCounts } from "./withdrawals";

// Only one fold at a time (two web processes, the job): the second waits and then finds nothing left.
const FOLD_LOCK = 7_170_017;

/** A request column (alias r) or pause/rating column within the Shanghai day d.day. */
function inDay(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} >= (d.day - interval '8 hours') AND ${column} < (d.day + interval '16 hours')`;
}

/** The statements that recompute the rollups of the days in the temporary table fold_days. */
function foldStatements(db: Db): Prisma.PrismaPromise<unknown>[] {
  const solved = SOLVED;
  return [
    // Without statistics the planner guesses a thousand days and reads whole tables to join them.
    db.$executeRaw`ANALYZE fold_days`,
    db.$executeRaw`DELETE FROM "StatsDay" s USING fold_days d WHERE s."day" = d.day`,
    db.$executeRaw`INSERT INTO "StatsDay"("day", "unitId", "townshipId", "type", "received", "accepted", "acceptedSolved", "resolved", "onTime", "reopened", "ratings", "satisfied", "scoreSum",
        "withdrawn", "reviewed", "voluntary", "pushed", "otherOutcome")
      SELECT day, unit, township, type, sum(received)::int, sum(accepted)::int, sum(accepted_solved)::int, sum(resolved)::int, sum(on_time)::int,
        sum(reopened)::int, sum(ratings)::int, sum(satisfied)::int, sum(score_sum)::int,
        sum(withdrawn)::int, sum(reviewed)::int, sum(voluntary)::int, sum(pushed)::int, sum(other_outcome)::int
      FROM (
        SELECT d.day, r."unitId" AS unit, r."townshipId" AS township, r."type", count(*) AS received, count(*) FILTER (WHERE ${ACCEPTED}) AS accepted,
          count(*) FILTER (WHERE ${ACCEPTED} AND ${solved}) AS accepted_solved, 0 AS resolved, 0 AS on_time, 0 AS reopened, 0 AS ratings, 0 AS satisfied, 0 AS score_sum,
          0 AS withdrawn, 0 AS reviewed, 0 AS voluntary, 0 AS pushed, 0 AS other_outcome
        FROM fold_days d JOIN "Request" r ON ${inDay(Prisma.sql`r."submittedAt"`)} GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT d.day, r."unitId", r."townshipId", r."type", 0, 0, 0, count(*), count(*) FILTER (WHERE ${ON_TIME}), count(*) FILTER (WHERE ${REOPENED}), 0, 0, 0, 0, 0, 0, 0, 0
        FROM fold_days d JOIN "Request" r ON ${inDay(Prisma.sql`r."resolvedAt"`)} AND ${solved} GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT d.day, r."unitId", r."townshipId", r."type", 0, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE ${SATISFIED}), sum(g."score"), 0, 0, 0, 0, 0
        FROM fold_days d JOIN "Rating" g ON ${inDay(Prisma.sql`g."createdAt"`)} JOIN "Request" r ON r."id" = g."requestId" GROUP BY 1, 2, 3, 4
        UNION ALL
        SELECT d.day, r."unitId", r."townshipId", r."type", 0, 0, 0, 0, 0, 0, 0, 0, 0, ${WITHDRAWAL_COUNTS}
        FROM fold_days d JOIN "Request" r ON ${inDay(Prisma.sql`r."withdrawnAt"`)} ${REVIEW_JOIN} GROUP BY 1, 2, 3, 4
      ) x GROUP BY 1, 2, 3, 4`,
    db.$executeRaw`DELETE FROM "StatsHistogram" s USING fold_days d WHERE s."grain" = 'D' AND s."day" = d.day`,
    db.$executeRaw`INSERT INTO "StatsHistogram"("grain", "day", "unitId", "townshipId", "type", "metric", "bin", "n", "lo", "hi")
      SELECT 'D', day, unit, township, type, metric, rd_stats_bin(h), count(*)::int, min(h), max(h)
      FROM (
        SELECT d.day, r."unitId" AS unit, r."townshipId" AS township, r."type", 'response' AS metric, ${FIRST_RESPONSE_HOURS} AS h
        FROM fold_days d JOIN "Request" r ON ${inDay(Prisma.sql`r."submittedAt"`)}
        UNION ALL
        SELECT d.day, r."unitId", r."townshipId", r."type", 'resolution', ${RESOLUTION_HOURS}
        FROM fold_days d JOIN "Request" r ON ${inDay(Prisma.sql`r."resolvedAt"`)} AND ${solved}
      ) x WHERE h IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    // A whole month's histogram in one row per bin: a year reads 12 of those plus the days at either end.
    db.$executeRaw`DELETE FROM "StatsHistogram" s USING (SELECT DISTINCT date_trunc('month', day)::date AS m FROM fold_days) mm WHERE s."grain" = 'M' AND s."day" = mm.m`,
    db.$executeRaw`INSERT INTO "StatsHistogram"("grain", "day", "unitId", "townshipId", "type", "metric", "bin", "n", "lo", "hi")
      SELECT 'M', mm.m, h."unitId", h."townshipId", h."type", h."metric", h."bin", sum(h."n")::int, min(h."lo"), max(h."hi")
      FROM (SELECT DISTINCT date_trunc('month', day)::date AS m FROM fold_days) mm
      JOIN "StatsHistogram" h ON h."grain" = 'D' AND h."day" >= mm.m AND h."day" < (mm.m + interval '1 month')::date
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    db.$executeRaw`DELETE FROM "StatsPauseDay" s USING fold_days d WHERE s."day" = d.day`,
    db.$executeRaw`INSERT INTO "StatsPauseDay"("day", "unitId", "townshipId", "type", "reason", "count", "stillOpen", "endedHours", "openSince")
      SELECT d.day, r."unitId", r."townshipId", r."type", p."reason", count(*)::int, count(*) FILTER (WHERE p."endedAt" IS NULL)::int,
        COALESCE(sum(EXTRACT(EPOCH FROM (p."endedAt" - p."startedAt")) * 1000 / 3600000.0) FILTER (WHERE p."endedAt" IS NOT NULL), 0)::float8,
        COALESCE(sum(EXTRACT(EPOCH FROM p."startedAt")) FILTER (WHERE p."endedAt" IS NULL), 0)::float8
      FROM fold_days d JOIN "SlaPause" p ON ${inDay(Prisma.sql`p."startedAt"`)} JOIN "Request" r ON r."id" = p."requestId"
      GROUP BY 1, 2, 3, 4, 5`,
  ];
}

/** Days folded per transaction: a mass change (an import, a migration) is folded a month at a time, each well within the transaction timeout. */
const FOLD_CHUNK_DAYS = 31;
const FOLD_TIMEOUT_MS = 60_000;

/**
 * Recomputes the rollups of every day a change marked since the last fold, a month of days per transaction;
 * returns how many days. Marks made while it runs stay for the next fold, so nothing is lost to a race.
 */
export async function foldDirtyDays(db: Db): Promise<number> {
  let folded = 0;
  for (;;) {
    const [pending] = await db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "StatsDirtyDay") AS "any"`;
    if (!pending.any) return folded;
    const results = await db.$transaction(
      [
        db.$executeRaw`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`,
        db.$executeRaw`CREATE TEMPORARY TABLE fold_days ON COMMIT DROP AS
        WITH gone AS (
          DELETE FROM "StatsDirtyDay" WHERE "day" IN (SELECT DISTINCT "day" FROM "StatsDirtyDay" ORDER BY "day" LIMIT ${FOLD_CHUNK_DAYS}) RETURNING "day"
        ) SELECT DISTINCT "day" AS day FROM gone`,
        ...foldStatements(db),
      ],
      { timeout: FOLD_TIMEOUT_MS },
    );
    folded += Number(results[1]);
  }
}

/** `npm run stats:rebuild`: every rollup row recomputed from the requests (the same statements as the fold, over every day). */
export async function rebuildRollups(db: Db, now: Date): Promise<number> {
  const results = await db.$transaction(
    [
      db.$executeRaw`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`,
      db.$executeRaw`DELETE FROM "StatsDirtyDay"`,
      db.$executeRaw`TRUNCATE "StatsDay", "StatsHistogram", "StatsPauseDay"`,
      db.$executeRaw`CREATE TEMPORARY TABLE fold_days ON COMMIT DROP AS
      SELECT d::date AS day FROM generate_series(
        LEAST((SELECT rd_stats_day(min("submittedAt")) FROM "Request"), rd_stats_day(${ts(now)})), rd_stats_day(${ts(now)}), interval '1 day') d`,
      ...foldStatements(db),
    ],
    { timeout: 600_000 },
  );
  return Number(results[3]);
}

// ---- reading -------------------------------------------------------------------------------------------

/** The scope and filters on a rollup row (alias s). */
function rollupScope(s: Scope): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (s.unitId) parts.push(Prisma.sql`s."unitId" = ${s.unitId}`);
  if (s.townshipId) parts.push(Prisma.sql`s."townshipId" = ${s.townshipId}`);
  if (s.type) parts.push(Prisma.sql`s."type" = ${s.type}`);
  return Prisma.join(parts, " AND ");
}

/** The period's days (firstDay…lastDay, Shanghai) as a condition on s."day". */
function daysOf(p: Pick<Period, "firstDay" | "lastDay">): Prisma.Sql {
  return Prisma.sql`s."day" >= ${p.firstDay}::date AND s."day" <= ${p.lastDay}::date`;
}

/** Whole months inside the period, read from "M" rows, and the days left at either end from "D" rows. */
export function grainWindows(p: Pick<Period, "firstDay" | "lastDay">): { months: [string, string] | null; days: [string, string][] } {
  const firstMonth = p.firstDay.endsWith("-01") ? p.firstDay : nextMonth(p.firstDay);
  const endMonth = `${addDays(p.lastDay, 1).slice(0, 8)}01`;
  if (firstMonth >= endMonth) return { months: null, days: [[p.firstDay, p.lastDay]] };
  const days: [string, string][] = [];
  if (p.firstDay < firstMonth) days.push([p.firstDay, addDays(firstMonth, -1)]);
  if (endMonth <= p.lastDay) days.push([endMonth, p.lastDay]);
  return { months: [firstMonth, addDays(endMonth, -1)], days };
}

function nextMonth(day: string): string {
  const [y, m] = day.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

function histogramWhere(p: Pick<Period, "firstDay" | "lastDay">): Prisma.Sql {
  const w = grainWindows(p);
  const parts = w.days.map(([a, b]) => Prisma.sql`(s."grain" = 'D' AND s."day" >= ${a}::date AND s."day" <= ${b}::date)`);
  if (w.months) parts.push(Prisma.sql`(s."grain" = 'M' AND s."day" >= ${w.months[0]}::date AND s."day" <= ${w.months[1]}::date)`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** The counts of the period, total and per unit / township (GROUPING SETS as in flow.ts). */
export function rollupFlowSql(scope: Scope, period: Pick<Period, "firstDay" | "lastDay">, by: Breakdown[]): Prisma.Sql {
  const cols: Record<Breakdown, string> = { unit: `s."unitId"`, township: `s."townshipId"` };
  const sets = [...by.map((b) => Prisma.raw(`(${cols[b]})`)), Prisma.raw("()")];
  const dim = by.length === 0 ? Prisma.sql`'all'` : Prisma.raw(`CASE ${by.map((b) => `WHEN GROUPING(${cols[b]}) = 0 THEN '${b}'`).join(" ")} ELSE 'all' END`);
  const key = by.length === 0 ? Prisma.sql`''` : Prisma.raw(`COALESCE(${by.map((b) => cols[b]).join(", ")}, '')`);
  return Prisma.sql`
    SELECT ${dim} AS "dim", ${key} AS "key", sum(s."received")::int AS "received", sum(s."accepted")::int AS "accepted",
      sum(s."acceptedSolved")::int AS "acceptedSolved", sum(s."resolved")::int AS "resolved", sum(s."onTime")::int AS "onTime",
      sum(s."reopened")::int AS "reopened", sum(s."ratings")::int AS "ratings", sum(s."satisfied")::int AS "satisfied", sum(s."scoreSum")::int AS "scoreSum",
      sum(s."withdrawn")::int AS "withdrawn", sum(s."reviewed")::int AS "reviewed", sum(s."voluntary")::int AS "voluntary", sum(s."pushed")::int AS "pushed",
      sum(s."otherOutcome")::int AS "otherOutcome"
    FROM "StatsDay" s WHERE ${daysOf(period)} AND ${rollupScope(scope)}
    GROUP BY GROUPING SETS (${Prisma.join(sets, ", ")})`;
}

export function rollupHistogramSql(scope: Scope, period: Pick<Period, "firstDay" | "lastDay">): Prisma.Sql {
  return Prisma.sql`
    SELECT s."metric" AS "metric", s."bin" AS "bin", sum(s."n")::int AS "n", min(s."lo")::float8 AS "lo", max(s."hi")::float8 AS "hi"
    FROM "StatsHistogram" s WHERE ${histogramWhere(period)} AND ${rollupScope(scope)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

export function rollupTrendSql(scope: Scope, period: Pick<Period, "firstDay" | "lastDay">): Prisma.Sql {
  return Prisma.sql`
    WITH weeks AS (
      SELECT generate_series(${mondayOf(period.firstDay)}::date, ${mondayOf(period.lastDay)}::date, interval '1 week')::date AS week
    ), t AS (
      SELECT date_trunc('week', s."day"::timestamp)::date AS week, sum(s."received")::int AS received, sum(s."resolved")::int AS resolved
      FROM "StatsDay" s WHERE ${daysOf(period)} AND ${rollupScope(scope)} GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS "week", COALESCE(t.received, 0) AS "received", COALESCE(t.resolved, 0) AS "resolved"
    FROM weeks w LEFT JOIN t ON t.week = w.week ORDER BY w.week`;
}

/** Pauses that began in the period by reason; an open one counted up to now (count × now − the sum of its starts). */
export function rollupPausesSql(scope: Scope, period: Pick<Period, "firstDay" | "lastDay">, now: Date): Prisma.Sql {
  const hours = Prisma.sql`(sum(s."endedHours") + (sum(s."stillOpen") * EXTRACT(EPOCH FROM ${ts(now)}) - sum(s."openSince")) / 3600.0)::float8`;
  return Prisma.sql`
    SELECT s."reason" AS "reason", sum(s."count")::int AS "count", sum(s."stillOpen")::int AS "stillOpen",
      ${hours} AS "hours", (${hours} / sum(s."count"))::float8 AS "averageHours"
    FROM "StatsPauseDay" s WHERE ${daysOf(period)} AND ${rollupScope(scope)}
    GROUP BY s."reason" ORDER BY "hours" DESC, s."reason"`;
}

type FlowRow = {
  dim: "all" | Breakdown;
  key: string;
  received: number;
  accepted: number;
  acceptedSolved: number;
  resolved: number;
  onTime: number;
  reopened: number;
  ratings: number;
  satisfied: number;
  scoreSum: number;
  withdrawn: number;
  reviewed: number;
  voluntary: number;
  pushed: number;
  otherOutcome: number;
};

const rate = (a: number, b: number) => (b > 0 ? a / b : null);

function flowOf(r: FlowRow | undefined, spreads: { firstResponse: Spread; resolution: Spread }): FlowFigures {
  const x = r ?? { key: "", received: 0, accepted: 0, acceptedSolved: 0, resolved: 0, onTime: 0, reopened: 0 };
  return {
    key: x.key,
    received: x.received,
    accepted: x.accepted,
    acceptedSolved: x.acceptedSolved,
    resolutionRate: rate(x.acceptedSolved, x.accepted),
    resolved: x.resolved,
    onTime: x.onTime,
    onTimeRate: rate(x.onTime, x.resolved),
    reopened: x.reopened,
    reopenedShare: rate(x.reopened, x.resolved),
    ...spreads,
  };
}

const NO_SPREAD: Spread = { median: null, p90: null };

export type RollupFigures = { flow: FlowBreakdown; pauses: PauseByReason[]; satisfaction: Satisfaction; trend: TrendWeek[]; withdrawals: WithdrawalCounts };

/**
 * The period figures from the rollups. Medians and 90th percentiles come from the histograms (within a
 * minute, or 3.2%, of the exact ones) and only for the scope as a whole: the per-unit and per-township rows
 * show counts and rates.
 */
export async function rollupFigures(db: Db, scope: Scope, by: Breakdown[], period: Pick<Period, "firstDay" | "lastDay">, now: Date): Promise<RollupFigures> {
  const [rows, bins, trend, pauses] = await Promise.all([
    db.$queryRaw<FlowRow[]>(rollupFlowSql(scope, period, by)),
    db.$queryRaw<(Bin & { metric: string })[]>(rollupHistogramSql(scope, period)),
    db.$queryRaw<TrendWeek[]>(rollupTrendSql(scope, period)),
    db.$queryRaw<PauseByReason[]>(rollupPausesSql(scope, period, now)),
  ]);
  const spread = (metric: string): Spread => {
    const of = bins.filter((b) => b.metric === metric);
    return { median: percentileFromBins(of, 0.5), p90: percentileFromBins(of, 0.9) };
  };
  const all = rows.find((r) => r.dim === "all");
  const total = flowOf(all, { firstResponse: spread("response"), resolution: spread("resolution") });
  const of = (dim: Breakdown) =>
    by.includes(dim) ? rows.filter((r) => r.dim === dim && r.key !== "").map((r) => flowOf(r, { firstResponse: NO_SPREAD, resolution: NO_SPREAD })) : null;
  const ratings = all?.ratings ?? 0;
  const satisfied = all?.satisfied ?? 0;
  return {
    flow: { total, byUnit: of("unit"), byTownship: of("township") },
    pauses,
    satisfaction: { ratings, satisfied, rate: rate(satisfied, ratings), average: ratings > 0 ? all!.scoreSum / ratings : null },
    trend,
    withdrawals: {
      total: all?.withdrawn ?? 0,
      pending: (all?.withdrawn ?? 0) - (all?.reviewed ?? 0),
      reviewed: all?.reviewed ?? 0,
      voluntary: all?.voluntary ?? 0,
      pushed: all?.pushed ?? 0,
      other: all?.otherOutcome ?? 0,
    },
  };
}
