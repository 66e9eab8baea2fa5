import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, pageDb, REPLICA_WAIT_MS, replicaCaughtUp, type Db } from "@/lib/db";
import type { Principal } from "@/lib/auth/types";
import { NotFoundError } from "@/lib/errors";
import { requestTypeKeys } from "@/lib/request-types/registry";
import { backlog, backlogSql, type Backlog } from "./backlog";
import type { Breakdown, FlowFigures } from "./flow";
import type { PauseByReason } from "./pauses";
import { resolvePeriod, type Period } from "./period";
import type { Satisfaction } from "./satisfaction";
import { foldDirtyDays, rollupFigures, rollupFlowSql, rollupHistogramSql, rollupPausesSql, rollupTrendSql } from "./rollup";
import { statsGeneration } from "./freshness";
import { singleFlight } from "./single-flight";
import { resolveScope, type ResolvedScope, type Scope, type StatsOptions, type StatsParams } from "./scope";
import type { TrendWeek } from "./trend";
import { withdrawalRows, withdrawalsPageSql, type WithdrawalPage } from "./withdrawals";
import { officerWorkload, workloadSql, type OfficerLoad } from "./workload";

/** The most rows one CSV carries (the withdrawals list is the only one that grows with the period). */
export const MAX_CSV_ROWS = 10_000;

export type StatsReport = {
  now: Date;
  period: Period;
  /** The asked-for period was unusable and the default is shown instead. */
  periodAdjusted: boolean;
  /** …because it was longer than MAX_PERIOD_DAYS. */
  periodTooLong: boolean;
  params: StatsParams;
  options: StatsOptions;
  scope: ResolvedScope;
  /** When the figures were computed (the daily rollups were brought up to date then). */
  asOf: Date;
  flow: FlowFigures;
  /** Side by side per unit (ADMIN) — null when the scope is one unit. */
  byUnit: FlowFigures[] | null;
  /** Side by side per township — null when the scope is one township team or one township. */
  byTownship: FlowFigures[] | null;
  backlog: Backlog;
  pauses: PauseByReason[];
  satisfaction: Satisfaction;
  trend: TrendWeek[];
  /** Per officer of the unit in scope — null when the scope is the whole city. */
  workload: OfficerLoad[] | null;
  withdrawals: WithdrawalPage;
};

/** The units, townships and request types a stats filter can name. */
export async function statsOptions(client: Db = db): Promise<StatsOptions> {
  const [units, townships] = await Promise.all([
    client.unit.findMany({
      where: { active: true },
      select: { id: true, code: true, nameZh: true, nameEn: true, townshipId: true },
      orderBy: [{ kind: "desc" }, { code: "asc" }],
    }),
    client.township.findMany({ select: { id: true, code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return { units, townships, types: requestTypeKeys() };
}

/**
 * Every figure of the stats page for this person: a LEAD's own unit, an ADMIN's city (or the unit asked for).
 * Anyone else — or a lead without a unit — gets NotFoundError. `allWithdrawals` lists every withdrawal (CSV).
 */
export async function loadStats(principal: Principal, params: StatsParams, now: Date, opts: { allWithdrawals?: boolean } = {}): Promise<StatsReport> {
  if (principal.role !== "LEAD" && principal.role !== "ADMIN") throw new NotFoundError("stats");
  const options = await statsOptions();
  const scope = resolveScope(principal, params, options);
  if (!scope) throw new NotFoundError("stats");
  const { period, adjusted, tooLong } = resolvePeriod(params.period, now);
  const s = scope.scope;
  // The days changed since the last fold are recomputed first (usually today's and a few others: a handful of
  // index range reads), so the rollups hold every change committed before this view.
  await foldDirtyDays(db);
  // With a read replica, the figures are read there once it has replayed that fold (and every change before it).
  if (!(await replicaCaughtUp())) console.warn(`[stats] the read replica is more than ${REPLICA_WAIT_MS} ms behind: figures may miss the latest changes`);
  // Through pageDb: its own pool and a statement timeout, so a heavy view cannot slow anyone's queue; the replica when there is one.
  const [figures, open, workload, withdrawn] = await Promise.all([
    rollupFigures(pageDb, s, breakdowns(scope), period, now),
    backlog(pageDb, s, now),
    s.unitId ? officerWorkload(pageDb, { ...s, unitId: s.unitId }, period, now) : null,
    withdrawalRows(pageDb, s, period, opts.allWithdrawals ? undefined : params.after, opts.allWithdrawals ? MAX_CSV_ROWS : undefined),
  ]);
  return {
    now,
    period,
    periodAdjusted: adjusted,
    periodTooLong: tooLong ?? false,
    params,
    options,
    scope,
    asOf: now,
    flow: figures.flow.total,
    byUnit: figures.flow.byUnit,
    byTownship: figures.flow.byTownship,
    backlog: open,
    pauses: figures.pauses,
    satisfaction: figures.satisfaction,
    trend: figures.trend,
    workload,
    withdrawals: { ...figures.withdrawals, ...withdrawn },
  };
}

/** How old served figures may be: the page shows when they were computed (StatsReport.now). */
export const STATS_MAX_AGE_MS = 60_000;
const served = singleFlight<StatsReport>(STATS_MAX_AGE_MS);

/**
 * loadStats as the page and the CSV serve it: one computation per scope and filters (everyone asking the
 * same — a unit's leads, the admins — shares it, computed once when many ask at the same time), reused
 * for up to a minute. The key holds what decides the figures: the lead's unit (a lead cannot ask for
 * another), the period, filters and withdrawals page as asked.
 */
export function servedStats(principal: Principal, params: StatsParams, now: Date, opts: { allWithdrawals?: boolean } = {}): Promise<StatsReport> {
  const key = JSON.stringify([
    statsGeneration(),
    principal.role,
    principal.role === "LEAD" ? principal.unitId : null,
    params.period,
    params.type ?? null,
    params.unit ?? null,
    params.township ?? null,
    params.after ?? null,
    opts.allWithdrawals === true,
  ]);
  return served(key, now.getTime(), () => loadStats(principal, params, now, opts));
}

/** Units side by side when the scope is the city; townships when it spans several (the city, or a bureau). */
function breakdowns(scope: ResolvedScope): Breakdown[] {
  const by: Breakdown[] = [];
  if (!scope.scope.unitId) by.push("unit");
  if (!scope.scope.townshipId && (!scope.unit || scope.unit.townshipId === null)) by.push("township");
  return by;
}

/**
 * The SQL of every query one page view runs, named, exactly as loadStats runs them (kept beside it so
 * the two change together): scripts/bench.ts times and EXPLAINs these.
 */
export function statsPageQueries(scope: ResolvedScope, period: Period, now: Date): { name: string; sql: Prisma.Sql }[] {
  const s: Scope = scope.scope;
  const unitId = s.unitId;
  return [
    { name: "flow (rollup)", sql: rollupFlowSql(s, period, breakdowns(scope)) },
    { name: "spreads (rollup)", sql: rollupHistogramSql(s, period) },
    { name: "backlog", sql: backlogSql(s, now) },
    { name: "pauses (rollup)", sql: rollupPausesSql(s, period, now) },
    { name: "trend (rollup)", sql: rollupTrendSql(s, period) },
    ...(unitId ? [{ name: "workload", sql: workloadSql({ ...s, unitId }, period, now) }] : []),
    { name: "withdrawals page", sql: withdrawalsPageSql(s, period) },
  ];
}
