import { db, type Db } from "@/lib/db";
import type { Principal } from "@/lib/auth/types";
import { NotFoundError } from "@/lib/errors";
import { requestTypeKeys } from "@/lib/requests/registry";
import { backlog, type Backlog } from "./backlog";
import { emptyFlow, flowFigures, type FlowFigures } from "./flow";
import { pausesByReason, type PauseByReason } from "./pauses";
import { resolvePeriod, type Period } from "./period";
import { satisfaction, type Satisfaction } from "./satisfaction";
import { resolveScope, type ResolvedScope, type StatsOptions, type StatsParams } from "./scope";
import { weeklyTrend, type TrendWeek } from "./trend";
import { withdrawals, type WithdrawalPage } from "./withdrawals";
import { officerWorkload, type OfficerLoad } from "./workload";

export type StatsReport = {
  now: Date;
  period: Period;
  /** The asked-for period was unusable and the default is shown instead. */
  periodAdjusted: boolean;
  params: StatsParams;
  options: StatsOptions;
  scope: ResolvedScope;
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
    client.unit.findMany({ where: { active: true }, select: { id: true, code: true, nameZh: true, nameEn: true, townshipId: true }, orderBy: [{ kind: "desc" }, { code: "asc" }] }),
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
  const { period, adjusted } = resolvePeriod(params.period, now);
  const s = scope.scope;
  const manyTownships = !s.townshipId && (!scope.unit || scope.unit.townshipId === null);
  const [flow, byUnit, byTownship, open, pauses, sat, trend, workload, withdrawn] = await Promise.all([
    flowFigures(db, s, period),
    s.unitId ? null : flowFigures(db, s, period, "unit"),
    manyTownships ? flowFigures(db, s, period, "township") : null,
    backlog(db, s, now),
    pausesByReason(db, s, period, now),
    satisfaction(db, s, period),
    weeklyTrend(db, s, period),
    s.unitId ? officerWorkload(db, { ...s, unitId: s.unitId }, period, now) : null,
    withdrawals(db, s, period, opts.allWithdrawals ? undefined : params.after, opts.allWithdrawals ? null : undefined),
  ]);
  return {
    now, period, periodAdjusted: adjusted, params, options, scope,
    flow: flow[0] ?? emptyFlow(),
    byUnit, byTownship, backlog: open, pauses, satisfaction: sat, trend, workload, withdrawals: withdrawn,
  };
}
