// Long stats periods are served from a snapshot that the stats-snapshots job keeps fresh; short ones live.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/types";
import { loadStats } from "@/lib/stats/report";
import { refreshSnapshots } from "@/lib/stats/snapshot";
import { resetDb, testDb } from "./db";
import { makeEnterprise, makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";
import { makeCase, sh, type CaseSpec } from "../fixtures/stats";

const MIN = 60_000;
const NOW = sh("2026-10-14 10:00");
// Half a year (a snapshot) and the last month (always live), both ending before NOW.
const HALF_YEAR = { period: { kind: "range", from: "2026-04-01", to: "2026-10-13" } };
const MONTH = { period: { kind: "range", from: "2026-09-14", to: "2026-10-13" } };

let admin: Principal;
let resolvedCase: (day: string) => CaseSpec;

beforeAll(async () => {
  const tdb = testDb();
  await resetDb(tdb);
  const { township, unit } = await makeTownshipUnit(tdb);
  const enterprise = await makeEnterprise(tdb, township.id);
  const staff = await makeUser(tdb, "ENTERPRISE", { enterpriseId: enterprise.id });
  admin = await principalOf(tdb, (await makeUser(tdb, "ADMIN")).id);
  resolvedCase = (day) => ({
    unitId: unit.id, townshipId: township.id, enterpriseId: enterprise.id, createdById: staff.id, type: "GENERAL", status: "RESOLVED",
    submittedAt: sh(`${day} 09:00`), dueAt: sh(`${day} 18:00`), firstResponseAt: sh(`${day} 09:30`),
    firstResolvedAt: sh(`${day} 12:00`), resolvedAt: sh(`${day} 12:00`),
  });
  await makeCase(tdb, resolvedCase("2026-10-01"));
});

describe("stats over more than a quarter", () => {
  it("are computed on the first view and then read from the snapshot, saying as of when", async () => {
    const first = await loadStats(admin, HALF_YEAR, NOW);
    expect(first.flow.resolved).toBe(1);
    expect(first.asOf).toEqual(NOW);

    await makeCase(testDb(), resolvedCase("2026-10-02"));
    const again = await loadStats(admin, HALF_YEAR, new Date(NOW.getTime() + MIN));
    expect(again.flow.resolved).toBe(1);
    expect(again.asOf).toEqual(NOW);
    expect(again.trend.reduce((n, w) => n + w.resolved, 0)).toBe(1);

    // A month is live: it already counts the second case.
    const month = await loadStats(admin, MONTH, new Date(NOW.getTime() + MIN));
    expect(month.flow.resolved).toBe(2);
    expect(month.asOf).toBeNull();
  });

  it("are brought up to date by the job, which leaves fresh snapshots alone", async () => {
    expect(await refreshSnapshots(testDb(), new Date(NOW.getTime() + 2 * MIN))).toBe(0);
    const refreshedAt = new Date(NOW.getTime() + 6 * MIN);
    expect(await refreshSnapshots(testDb(), refreshedAt)).toBe(1);
    const view = await loadStats(admin, HALF_YEAR, new Date(NOW.getTime() + 7 * MIN));
    expect(view.flow.resolved).toBe(2);
    expect(view.asOf).toEqual(refreshedAt);
  });

  it("are computed again when the snapshot went stale, and forgotten a week after the last view", async () => {
    await makeCase(testDb(), resolvedCase("2026-10-03"));
    const later = new Date(NOW.getTime() + 40 * MIN);
    const view = await loadStats(admin, HALF_YEAR, later);
    expect(view.flow.resolved).toBe(3);
    expect(view.asOf).toEqual(later);

    await refreshSnapshots(testDb(), new Date(later.getTime() + 8 * 24 * 60 * MIN));
    expect(await testDb().statsSnapshot.count()).toBe(0);
  });

  it("that run up to now are extended to now by the job, until the day is over", async () => {
    const since = { period: { kind: "since", from: "2026-04-01" } };
    const viewed = await loadStats(admin, since, NOW);
    expect(viewed.asOf).toEqual(NOW);
    expect(await refreshSnapshots(testDb(), new Date(NOW.getTime() + 6 * MIN))).toBe(1);
    // The next morning the page asks for a period ending today: yesterday's snapshot is left to expire.
    expect(await refreshSnapshots(testDb(), sh("2026-10-15 08:00"))).toBe(0);
  });
});
