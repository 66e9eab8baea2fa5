// The daily stats rollups: kept up to date by the database whatever writes a case (the workflow, a move, a
// withdrawal), equal to a rebuild from scratch, and equal to the live SQL on a few hundred random cases.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/types";
import type { Db } from "@/lib/db";
import { moveCase } from "@/lib/admin/move-case";
import { performCaseAction } from "@/lib/cases/perform";
import { reviewWithdrawal } from "@/lib/cases/withdrawal-review";
import { flowFigures } from "@/lib/stats/flow";
import { binError, binOf } from "@/lib/stats/histogram";
import { pausesByReason } from "@/lib/stats/pauses";
import { resolvePeriod } from "@/lib/stats/period";
import { loadStats } from "@/lib/stats/report";
import { foldDirtyDays, rebuildRollups, rollupFigures } from "@/lib/stats/rollup";
import { satisfaction } from "@/lib/stats/satisfaction";
import type { Scope } from "@/lib/stats/scope";
import { weeklyTrend } from "@/lib/stats/trend";
import { withdrawalsCountSql, type WithdrawalCounts } from "@/lib/stats/withdrawals";
import { makeCase as makeWorkflowCase, makeCaseWorld } from "../fixtures/cases";
import { makeEnterprise, makeTownshipUnit, makeUser } from "../fixtures/factory";
import { makeCase, sh, type CaseSpec, type PauseSpec } from "../fixtures/stats";
import { resetDb, testDb } from "./db";

const HOUR = 3_600_000;
const MARCH = { period: { kind: "range", from: "2026-03-01", to: "2026-03-31" } };
const AFTER_MARCH = sh("2026-04-02 10:00");

/** Every rollup row, in a fixed order (for comparing a rebuild with what the triggers and folds kept). */
async function rollupRows(db: Db) {
  return {
    days: await db.$queryRaw`SELECT * FROM "StatsDay" ORDER BY 1, 2, 3, 4`,
    histograms: await db.$queryRaw`SELECT * FROM "StatsHistogram" ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    pauses: await db.$queryRaw`SELECT * FROM "StatsPauseDay" ORDER BY 1, 2, 3, 4, 5`,
  };
}

describe("rollups kept by the database as cases change", () => {
  let w: Awaited<ReturnType<typeof makeCaseWorld>>;
  let admin: Principal;
  const at = (h: number) => new Date(sh("2026-03-02 09:00").getTime() + h * HOUR);
  const march = () => loadStats(admin, MARCH, AFTER_MARCH);

  beforeAll(async () => {
    await resetDb(testDb());
    w = await makeCaseWorld(testDb());
    admin = w.as.admin;
  });

  it("count a new request, its acceptance, resolution and rating on their days", async () => {
    const c = await makeWorkflowCase(testDb(), w, { submittedAt: at(0) });
    expect((await march()).flow).toMatchObject({ received: 1, accepted: 0, resolved: 0 });
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "accept" }, at(0.5));
    expect((await march()).flow).toMatchObject({ received: 1, accepted: 1, acceptedSolved: 0, firstResponse: { median: 0.5, p90: 0.5 } });
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "start" }, at(1));
    await performCaseAction(w.as.officerA, c.reference, 2, { action: "resolve", note: "已接驳" }, at(6));
    const resolved = await march();
    expect(resolved.flow).toMatchObject({ resolved: 1, acceptedSolved: 1, onTime: 1, resolution: { median: 6, p90: 6 } });
    expect(resolved.trend.reduce((n, x) => n + x.resolved, 0)).toBe(1);
    await performCaseAction(w.as.staff, c.reference, 3, { action: "confirm", score: 5 }, at(8));
    expect((await march()).satisfaction).toEqual({ ratings: 1, satisfied: 1, rate: 1, average: 5 });
  });

  it("count a pause and a withdrawal after acceptance (accepted, not solved)", async () => {
    const c = await makeWorkflowCase(testDb(), w, { submittedAt: at(24) });
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "accept" }, at(25));
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "ask", question: "还需要吗？", reason: "AWAITING_DOCUMENTS" }, at(26));
    const paused = await march();
    expect(paused.pauses).toEqual([
      {
        reason: "AWAITING_DOCUMENTS",
        count: 1,
        stillOpen: 1,
        hours: expect.closeTo((AFTER_MARCH.getTime() - at(26).getTime()) / HOUR, 6),
        averageHours: expect.any(Number),
      },
    ]);
    await performCaseAction(w.as.staff, c.reference, 2, { action: "withdraw", reason: "已自行解决" }, at(27));
    const r = await march();
    expect(r.flow).toMatchObject({ received: 2, accepted: 2, acceptedSolved: 1 });
    expect(r.pauses).toMatchObject([{ reason: "AWAITING_DOCUMENTS", count: 1, stillOpen: 0, hours: expect.closeTo(1, 6) }]);
    expect(r.withdrawals).toMatchObject({ total: 1, pending: 1, reviewed: 0 });
    await reviewWithdrawal(w.as.lead, c.reference, 3, { outcome: "VOLUNTARY", note: "电话回访，企业确认自愿撤回" }, at(30));
    expect((await march()).withdrawals).toMatchObject({ total: 1, pending: 0, reviewed: 1, voluntary: 1, pushed: 0, other: 0 });
  });

  it("move a case's figures to the unit it was moved to", async () => {
    const c = await makeWorkflowCase(testDb(), w, { submittedAt: at(48) });
    const before = await march();
    const units = (r: typeof before) => new Map(r.byUnit!.map((u) => [u.key, u.received]));
    expect(units(before).get(w.unit.id)).toBe(3);
    await moveCase(admin, c.reference, w.bureau.id, "需要出入境管理局办理", at(49));
    const after = await march();
    expect(units(after).get(w.unit.id)).toBe(2);
    expect(units(after).get(w.bureau.id)).toBe(1);
    expect(after.flow.received).toBe(3);
  });

  it("equal a rebuild from the requests", async () => {
    await foldDirtyDays(testDb());
    const kept = await rollupRows(testDb());
    expect((kept.days as unknown[]).length).toBeGreaterThan(0);
    await rebuildRollups(testDb(), AFTER_MARCH);
    expect(await rollupRows(testDb())).toEqual(kept);
  });
});

describe("the histogram bins", () => {
  it("are the same in SQL (rd_stats_bin) as in lib/stats/histogram.ts", async () => {
    const values = [-2, 0, 0.01, 0.5, 59.9 / 60, 1, 1.5, 1.99, 2, 3, 7.99, 8, 24, 117.5, 264, 265, 414, 4096, 10_000];
    const rows = await testDb().$queryRaw<
      { bin: number }[]
    >`SELECT rd_stats_bin(x) AS bin FROM unnest(${values}::float8[]) WITH ORDINALITY AS v(x, i) ORDER BY i`;
    expect(rows.map((r) => r.bin)).toEqual(values.map(binOf));
  });
});

describe("rollups against the live figures", () => {
  const NOW = sh("2026-06-20 12:00");
  let scopes: Scope[];

  beforeAll(async () => {
    const db = testDb();
    await resetDb(db);
    const a = await makeTownshipUnit(db);
    const b = await makeTownshipUnit(db);
    const places = await Promise.all(
      [a, b].map(async ({ township, unit }) => {
        const enterprise = await makeEnterprise(db, township.id);
        const staff = await makeUser(db, "ENTERPRISE", { enterpriseId: enterprise.id });
        return { unitId: unit.id, townshipId: township.id, enterpriseId: enterprise.id, createdById: staff.id };
      }),
    );
    scopes = [
      { unitId: null, townshipId: null, type: null },
      { unitId: a.unit.id, townshipId: null, type: null },
      { unitId: null, townshipId: b.township.id, type: "GENERAL" },
    ];
    // A fixed pseudo-random sequence: the same 300 cases on every run, spread over four months.
    let seed = 20260301;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const start = sh("2026-02-20 00:00").getTime();
    for (let i = 0; i < 300; i++) {
      const submittedAt = new Date(start + random() * 115 * 24 * HOUR);
      const status = pick(["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO", "RESOLVED", "CLOSED", "CLOSED", "CLOSED", "REJECTED", "WITHDRAWN"] as const);
      const responded = status !== "SUBMITTED" && random() < 0.9;
      const firstResponseAt = responded ? new Date(submittedAt.getTime() + random() * random() * 30 * HOUR) : undefined;
      const solved = status === "RESOLVED" || status === "CLOSED";
      const reopened = random() < 0.1 && (solved || status === "IN_PROGRESS");
      const firstResolvedAt = solved || reopened ? new Date(submittedAt.getTime() + (1 + random() * 300) * HOUR) : undefined;
      const resolvedAt = solved && firstResolvedAt ? new Date(firstResolvedAt.getTime() + (reopened ? random() * 72 * HOUR : 0)) : undefined;
      const pauses: PauseSpec[] = [];
      if (random() < 0.3 || status === "NEEDS_INFO") {
        const startedAt = new Date(submittedAt.getTime() + random() * 10 * HOUR);
        pauses.push({
          reason: pick(["QUESTION", "AWAITING_DOCUMENTS", "ENTERPRISE_UNREACHABLE"] as const),
          startedAt,
          endedAt: status === "NEEDS_INFO" ? undefined : new Date(startedAt.getTime() + random() * 40 * HOUR),
        });
      }
      const spec: CaseSpec = {
        ...pick(places),
        type: pick(["GENERAL", "SUPPLY_CHAIN_HANDOFF"]),
        status,
        submittedAt,
        dueAt: new Date(submittedAt.getTime() + random() * 200 * HOUR),
        firstResponseAt,
        firstResolvedAt,
        resolvedAt,
        reopenCount: reopened ? 1 : 0,
        pauses,
        closedAt: status === "CLOSED" && resolvedAt ? new Date(resolvedAt.getTime() + 2 * HOUR) : undefined,
        rating:
          status === "CLOSED" && resolvedAt && random() < 0.6
            ? { score: 1 + Math.floor(random() * 5), at: new Date(resolvedAt.getTime() + 3 * HOUR) }
            : undefined,
        withdrawn:
          status === "WITHDRAWN" ? { at: new Date(submittedAt.getTime() + 5 * HOUR), from: pick(["SUBMITTED", "ACCEPTED"] as const), reason: "x" } : undefined,
      };
      await makeCase(db, spec);
    }
  });

  const periods = [
    { kind: "range", from: "2026-02-20", to: "2026-06-14" },
    { kind: "range", from: "2026-03-01", to: "2026-04-30" },
    { kind: "range", from: "2026-03-17", to: "2026-05-09" },
    { kind: "since", from: "2026-06-01" },
  ];

  it("fold a mass change (300 cases over four months) a month of days at a time, until no day is left", async () => {
    expect(await foldDirtyDays(testDb())).toBeGreaterThan(31);
    expect(await testDb().statsDirtyDay.count()).toBe(0);
  });

  it.each(periods)("equal the live SQL for %o (counts and rates exactly, percentiles within their bins)", async (input) => {
    const db = testDb();
    await foldDirtyDays(db);
    const { period } = resolvePeriod(input, NOW);
    for (const scope of scopes) {
      const by = scope.unitId ? [] : (["unit", "township"] as const).slice();
      const got = await rollupFigures(db, scope, by, period, NOW);
      const [flow, trend, pauses, sat, [withdrawn]] = await Promise.all([
        flowFigures(db, scope, period, by),
        weeklyTrend(db, scope, period),
        pausesByReason(db, scope, period, NOW),
        satisfaction(db, scope, period),
        db.$queryRaw<WithdrawalCounts[]>(withdrawalsCountSql(scope, period)),
      ]);
      expect(got.withdrawals).toEqual(withdrawn);
      const { firstResponse, resolution, ...counts } = got.flow.total;
      const { firstResponse: liveResponse, resolution: liveResolution, ...liveCounts } = flow.total;
      expect(counts).toEqual(liveCounts);
      expect(counts.received).toBeGreaterThan(0);
      for (const [read, live] of [
        [firstResponse, liveResponse],
        [resolution, liveResolution],
      ]) {
        for (const k of ["median", "p90"] as const) {
          expect(read[k] === null).toBe(live[k] === null);
          if (live[k] !== null) expect(Math.abs(read[k]! - live[k])).toBeLessThanOrEqual(binError(live[k]) + 1e-9);
        }
      }
      const countsOf = (xs: typeof flow.byUnit) =>
        xs?.map(({ firstResponse: _f, resolution: _r, ...c }) => c).sort((x, y) => x.key.localeCompare(y.key)) ?? null;
      expect(countsOf(got.flow.byUnit)).toEqual(countsOf(flow.byUnit));
      expect(countsOf(got.flow.byTownship)).toEqual(countsOf(flow.byTownship));
      expect(got.trend).toEqual(trend);
      expect(got.satisfaction).toEqual({ ...sat, average: sat.average === null ? null : expect.closeTo(sat.average, 9) });
      expect(got.pauses.map((p) => p.reason)).toEqual(pauses.map((p) => p.reason));
      got.pauses.forEach((p, i) =>
        expect(p).toEqual({ ...pauses[i], hours: expect.closeTo(pauses[i].hours, 6), averageHours: expect.closeTo(pauses[i].averageHours, 6) }),
      );
    }
  });
});
