// Stats read from a read replica (DATABASE_REPLICA_URL): a real hot standby of the test database, streaming
// from it (tests/integration/replica.ts). The stats pages' figures come from the standby, the fold that brings
// the rollups up to date writes on the primary, and a change committed on the primary is in the next figures.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/types";
import { performCaseAction } from "@/lib/cases/perform";
import { db, pageDb, readsFromReplica } from "@/lib/db";
import { loadStats } from "@/lib/stats/report";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { sh } from "../fixtures/stats";
import { resetDb, testDb } from "./db";
import { startStandby, until, type Standby } from "./replica";

const HOUR = 3_600_000;
const MARCH = { period: { kind: "range", from: "2026-03-01", to: "2026-03-31" } } as const;
const AFTER_MARCH = sh("2026-04-02 10:00");
const at = (h: number) => new Date(sh("2026-03-02 09:00").getTime() + h * HOUR);

let standby: Standby;
let world: Awaited<ReturnType<typeof makeCaseWorld>>;
let admin: Principal;

beforeAll(async () => {
  standby = await startStandby(process.env.DATABASE_URL!);
  // Before pageDb is first used: it connects where DATABASE_REPLICA_URL points.
  process.env.DATABASE_REPLICA_URL = standby.urlOf(process.env.DATABASE_URL!);
  await resetDb(testDb());
  world = await makeCaseWorld(testDb());
  admin = world.as.admin;
}, 180_000);

afterAll(async () => {
  await pageDb.$disconnect();
  await standby?.stop();
  delete process.env.DATABASE_REPLICA_URL;
}, 60_000);

/** A superuser's statement on the standby (replay control). */
async function onStandby<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_REPLICA_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const dirtyDays = async () => (await testDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "StatsDirtyDay"`)[0].n;

describe("stats with a read replica", () => {
  it("read through pageDb from the standby, which refuses writes; everything else uses the primary", async () => {
    expect(readsFromReplica()).toBe(true);
    const [page] = await pageDb.$queryRaw<{ recovery: boolean; port: number }[]>`SELECT pg_is_in_recovery() AS recovery, inet_server_port() AS port`;
    expect(page).toEqual({ recovery: true, port: standby.port });
    const [primary] = await db.$queryRaw<{ recovery: boolean }[]>`SELECT pg_is_in_recovery() AS recovery`;
    expect(primary.recovery).toBe(false);
    await expect(pageDb.$executeRaw`DELETE FROM "StatsDirtyDay"`).rejects.toThrow(/read-only transaction/);
  });

  it("show a case resolved on the primary once the standby has replayed it; the fold writes on the primary", async () => {
    const before = await loadStats(admin, MARCH, AFTER_MARCH);
    const c = await makeCase(testDb(), world, { submittedAt: at(0) });
    await performCaseAction(world.as.officerA, c.reference, 0, { action: "accept" }, at(0.5));
    await performCaseAction(world.as.officerA, c.reference, 1, { action: "start" }, at(1));
    await performCaseAction(world.as.officerA, c.reference, 2, { action: "resolve", note: "已接驳" }, at(6));
    expect(await dirtyDays()).toBeGreaterThan(0);

    await standby.replayed();
    expect(await pageDb.request.findUnique({ where: { reference: c.reference }, select: { status: true } })).toEqual({ status: "RESOLVED" });
    const after = await loadStats(admin, MARCH, AFTER_MARCH);
    expect(after.flow).toMatchObject({ received: before.flow.received + 1, resolved: before.flow.resolved + 1, onTime: before.flow.onTime + 1 });
    // The fold ran on the primary (the standby refuses writes): the marked days are folded there.
    expect(await dirtyDays()).toBe(0);
  });

  it("wait for the standby to replay the fold the view just made on the primary", async () => {
    const before = await loadStats(admin, MARCH, AFTER_MARCH);
    await onStandby("SELECT pg_wal_replay_pause()");
    let view: ReturnType<typeof loadStats> | undefined;
    try {
      await makeCase(testDb(), world, { submittedAt: at(48) });
      view = loadStats(admin, MARCH, AFTER_MARCH);
      // The view has folded the new day on the primary; the standby has not replayed that yet.
      await until(async () => (await dirtyDays()) === 0, 30_000, "the view's fold");
    } finally {
      await onStandby("SELECT pg_wal_replay_resume()");
    }
    expect((await view).flow.received).toBe(before.flow.received + 1);
  });

  it("read the figures the standby has: a change it has not replayed yet is missing until it has", async () => {
    const before = await loadStats(admin, MARCH, AFTER_MARCH);
    // From here no WAL record is applied until resumed.
    await onStandby("SELECT pg_wal_replay_pause()");
    try {
      await makeCase(testDb(), world, { submittedAt: at(24) });
      expect(await testDb().request.count()).toBe((await pageDb.request.count()) + 1);
      // loadStats waits a moment for the standby to catch up, then shows what it has.
      expect((await loadStats(admin, MARCH, AFTER_MARCH)).flow.received).toBe(before.flow.received);
    } finally {
      await onStandby("SELECT pg_wal_replay_resume()");
    }
    expect((await loadStats(admin, MARCH, AFTER_MARCH)).flow.received).toBe(before.flow.received + 1);
  });
});
