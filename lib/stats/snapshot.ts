import type { Prisma } from "@/generated/prisma/client";
import { todayInShanghai } from "@/lib/checks/dates";
import type { Db } from "@/lib/db";
import { flowFigures, type Breakdown, type FlowBreakdown } from "./flow";
import { pausesByReason, type PauseByReason } from "./pauses";
import { addDays, type Period } from "./period";
import { satisfaction, type Satisfaction } from "./satisfaction";
import type { Scope } from "./scope";
import { weeklyTrend, type TrendWeek } from "./trend";

/** The figures that grow with the length of the period (the rest — backlog, withdrawals — read few rows). */
export type PeriodFigures = { flow: FlowBreakdown; pauses: PauseByReason[]; satisfaction: Satisfaction; trend: TrendWeek[] };

/** Periods longer than a quarter read a snapshot; shorter ones are computed on every view. */
export const SNAPSHOT_MIN_DAYS = 92;
/** A snapshot younger than this is served as it is; the job refreshes viewed ones well within it. */
export const SNAPSHOT_FRESH_MS = 15 * 60_000;
/** The job refreshes snapshots older than this that someone viewed in the last day. */
export const SNAPSHOT_REFRESH_MS = 5 * 60_000;
const VIEWED_WITHIN_MS = 24 * 3_600_000;
const KEEP_MS = 7 * 24 * 3_600_000;

type Spec = { scope: Scope; by: Breakdown[]; period: { kind: Period["kind"]; firstDay: string; lastDay: string; endsNow: boolean; from: string; to: string } };

/** Days the period covers, first and last included. */
export function periodDays(p: Pick<Period, "firstDay" | "lastDay">): number {
  let n = 1;
  for (let d = p.firstDay; d < p.lastDay && n <= SNAPSHOT_MIN_DAYS; d = addDays(d, 1)) n++;
  return n;
}

export function usesSnapshot(p: Pick<Period, "firstDay" | "lastDay">): boolean {
  return periodDays(p) > SNAPSHOT_MIN_DAYS;
}

function snapshotKey(scope: Scope, by: Breakdown[], p: Pick<Period, "firstDay" | "lastDay" | "endsNow">): string {
  return JSON.stringify([scope.unitId, scope.townshipId, scope.type, [...by].sort(), p.firstDay, p.lastDay, p.endsNow]);
}

async function compute(db: Db, scope: Scope, by: Breakdown[], period: Period, now: Date): Promise<PeriodFigures> {
  const [flow, pauses, sat, trend] = await Promise.all([
    flowFigures(db, scope, period, by),
    pausesByReason(db, scope, period, now),
    satisfaction(db, scope, period),
    weeklyTrend(db, scope, period),
  ]);
  return { flow, pauses, satisfaction: sat, trend };
}

function toJson(v: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
}

/**
 * The period figures of a stats view, with the instant they are as of. A short period is computed now
 * (asOf null: live). A long one is read from its snapshot while fresh, else computed and stored, so repeat
 * views — and the job's refreshes in between — spare the database a pass over every request of the period.
 */
export async function periodFigures(db: Db, scope: Scope, by: Breakdown[], period: Period, now: Date): Promise<PeriodFigures & { asOf: Date | null }> {
  if (!usesSnapshot(period)) return { ...(await compute(db, scope, by, period, now)), asOf: null };
  const key = snapshotKey(scope, by, period);
  const row = await db.statsSnapshot.findUnique({ where: { key }, select: { payload: true, computedAt: true } });
  if (row && now.getTime() - row.computedAt.getTime() < SNAPSHOT_FRESH_MS && row.computedAt <= now) {
    await db.statsSnapshot.update({ where: { key }, data: { lastViewedAt: now } });
    return { ...(row.payload as unknown as PeriodFigures), asOf: row.computedAt };
  }
  const figures = await compute(db, scope, by, period, now);
  const spec: Spec = { scope, by, period: { kind: period.kind, firstDay: period.firstDay, lastDay: period.lastDay, endsNow: period.endsNow, from: period.from.toISOString(), to: period.to.toISOString() } };
  const data = { spec: toJson(spec), payload: toJson(figures), computedAt: now, lastViewedAt: now };
  await db.statsSnapshot.upsert({ where: { key }, create: { key, ...data }, update: data });
  return { ...figures, asOf: now };
}

/**
 * The stats-snapshots job: recompute the snapshots viewed in the last day that are older than the refresh
 * interval (a period that runs up to now is extended to now), and drop those nobody looked at for a week.
 */
export async function refreshSnapshots(db: Db, now: Date): Promise<number> {
  await db.statsSnapshot.deleteMany({ where: { lastViewedAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  const due = await db.statsSnapshot.findMany({
    where: { lastViewedAt: { gte: new Date(now.getTime() - VIEWED_WITHIN_MS) }, computedAt: { lt: new Date(now.getTime() - SNAPSHOT_REFRESH_MS) } },
    select: { key: true, spec: true },
  });
  const today = todayInShanghai(now);
  let refreshed = 0;
  for (const { key, spec: raw } of due) {
    const spec = raw as unknown as Spec;
    const p = spec.period;
    // "Since a date" viewed yesterday is another view today (its key names the last day): not worth redoing.
    if (p.endsNow && p.lastDay < today) continue;
    const period: Period = { ...p, from: new Date(p.from), to: p.endsNow ? now : new Date(p.to) };
    const figures = await compute(db, spec.scope, spec.by, period, now);
    await db.statsSnapshot.update({ where: { key }, data: { payload: toJson(figures), computedAt: now, spec: toJson({ ...spec, period: { ...p, to: period.to.toISOString() } }) } });
    refreshed++;
  }
  return refreshed;
}
