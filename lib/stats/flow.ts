import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { ACCEPTED, FIRST_RESPONSE_HOURS, inScope, ON_TIME, receivedIn, REOPENED, RESOLUTION_HOURS, resolvedIn, SOLVED } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";

export type Spread = { median: number | null; p90: number | null };

/** The figures about requests flowing through a period (definitions of each row set in definitions.ts). */
export type FlowFigures = {
  /** Unit or township id when grouped; "" for the whole scope. */
  key: string;
  /** Received: requests submitted in the period. */
  received: number;
  /** Accepted: those received that were accepted (ACCEPTED in definitions.ts). */
  accepted: number;
  /** Of the accepted, how many are resolved or closed now. */
  acceptedSolved: number;
  /** 解决率: acceptedSolved ÷ accepted (null when nothing was accepted). */
  resolutionRate: number | null;
  /** Resolved: requests resolved in the period (the headline's N). */
  resolved: number;
  /** Of the resolved, first resolved by their due time. */
  onTime: number;
  /** 按时办结率: onTime ÷ resolved. */
  onTimeRate: number | null;
  /** Of the resolved, reopened at least once. */
  reopened: number;
  /** reopened ÷ resolved. */
  reopenedShare: number | null;
  /** Hours to first response, over the received requests that have one (percentile_cont). */
  firstResponse: Spread;
  /** Hours to first resolution less paused time, over the resolved requests. */
  resolution: Spread;
};

export type Breakdown = "unit" | "township";

/** The scope as a whole, and side by side per unit and per township when asked for. */
export type FlowBreakdown = { total: FlowFigures; byUnit: FlowFigures[] | null; byTownship: FlowFigures[] | null };

type Row = Omit<FlowFigures, "firstResponse" | "resolution"> & {
  dim: "all" | Breakdown;
  frMedian: number | null;
  frP90: number | null;
  resMedian: number | null;
  resP90: number | null;
};

// One pass over each row set however many breakdowns are asked for: GROUPING SETS adds the per-unit and
// per-township groups to the grand total instead of reading the period again for each.
function groupingSets(by: Breakdown[]): Prisma.Sql {
  const sets = [...by.map((b) => Prisma.raw(`(${b})`)), Prisma.raw("()")];
  return Prisma.sql`GROUP BY GROUPING SETS (${Prisma.join(sets, ", ")})`;
}

/** Which group a row is (a breakdown is grouped when GROUPING() of it is 0) and its unit or township id. */
function dimension(by: Breakdown[]): Prisma.Sql {
  if (by.length === 0) return Prisma.sql`'all' AS dim, '' AS key`;
  const cases = by.map((b) => Prisma.raw(`WHEN GROUPING(${b}) = 0 THEN '${b}'`));
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE 'all' END AS dim, COALESCE(${Prisma.raw(by.join(", "))}, '') AS key`;
}

/**
 * Two row sets, each read through its own index: the period's received requests (submittedAt) and its
 * resolved requests (resolvedAt); totals plus the breakdowns asked for.
 */
export function flowSql(scope: Scope, period: Pick<Period, "from" | "to">, by: Breakdown[] = []): Prisma.Sql {
  const groups = groupingSets(by);
  const dim = dimension(by);
  return Prisma.sql`
    WITH cohort AS (
      SELECT r."unitId" AS unit, r."townshipId" AS township, ${ACCEPTED} AS accepted, ${SOLVED} AS solved, ${FIRST_RESPONSE_HOURS} AS response_h
      FROM "Request" r WHERE ${receivedIn(period)} AND ${inScope(scope)}
    ), done AS (
      SELECT r."unitId" AS unit, r."townshipId" AS township, ${ON_TIME} AS on_time, ${REOPENED} AS reopened, ${RESOLUTION_HOURS} AS resolution_h
      FROM "Request" r WHERE ${resolvedIn(period)} AND ${inScope(scope)}
    ), c AS (
      SELECT ${dim}, count(*)::int AS received, count(*) FILTER (WHERE accepted)::int AS accepted,
        count(*) FILTER (WHERE accepted AND solved)::int AS solved,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY response_h) AS fr_median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY response_h) AS fr_p90
      FROM cohort ${groups}
    ), d AS (
      SELECT ${dim}, count(*)::int AS resolved, count(*) FILTER (WHERE on_time)::int AS on_time,
        count(*) FILTER (WHERE reopened)::int AS reopened,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_h) AS res_median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_h) AS res_p90
      FROM done ${groups}
    )
    SELECT COALESCE(c.dim, d.dim) AS "dim", COALESCE(c.key, d.key) AS "key",
      COALESCE(c.received, 0) AS "received", COALESCE(c.accepted, 0) AS "accepted", COALESCE(c.solved, 0) AS "acceptedSolved",
      CASE WHEN c.accepted > 0 THEN c.solved::float8 / c.accepted END AS "resolutionRate",
      COALESCE(d.resolved, 0) AS "resolved", COALESCE(d.on_time, 0) AS "onTime",
      CASE WHEN d.resolved > 0 THEN d.on_time::float8 / d.resolved END AS "onTimeRate",
      COALESCE(d.reopened, 0) AS "reopened",
      CASE WHEN d.resolved > 0 THEN d.reopened::float8 / d.resolved END AS "reopenedShare",
      c.fr_median AS "frMedian", c.fr_p90 AS "frP90", d.res_median AS "resMedian", d.res_p90 AS "resP90"
    FROM c FULL JOIN d ON c.dim = d.dim AND c.key = d.key`;
}

export async function flowFigures(db: Db, scope: Scope, period: Pick<Period, "from" | "to">, by: Breakdown[] = []): Promise<FlowBreakdown> {
  const rows = await db.$queryRaw<Row[]>(flowSql(scope, period, by));
  const figures = rows.map(({ dim, frMedian, frP90, resMedian, resP90, ...r }) => ({
    dim,
    figures: { ...r, firstResponse: { median: frMedian, p90: frP90 }, resolution: { median: resMedian, p90: resP90 } },
  }));
  const of = (dim: Breakdown) => (by.includes(dim) ? figures.filter((f) => f.dim === dim).map((f) => f.figures) : null);
  return { total: figures.find((f) => f.dim === "all")?.figures ?? emptyFlow(), byUnit: of("unit"), byTownship: of("township") };
}

function emptyFlow(): FlowFigures {
  return {
    key: "",
    received: 0,
    accepted: 0,
    acceptedSolved: 0,
    resolutionRate: null,
    resolved: 0,
    onTime: 0,
    onTimeRate: null,
    reopened: 0,
    reopenedShare: null,
    firstResponse: { median: null, p90: null },
    resolution: { median: null, p90: null },
  };
}
