// The audit's /stats?period=range&from=1000-01-01&to=9999-12-30 took 9 s and 60 MB, and three at once
// made an officer's /queue take 40 s. Each bound is checked here against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { createPrismaClient, PAGE_STATEMENT_TIMEOUT_MS, pageDb } from "@/lib/db";
import { isStatementTimeout } from "@/lib/errors";
import { loadStats } from "@/lib/stats/report";
import { resetDb, testDb } from "./db";
import { makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";

const NOW = new Date("2026-11-30T02:00:00Z");

describe("bounded work per request", () => {
  it("answers a period of thousands of years with the default period and says why, without computing it", async () => {
    const db = testDb();
    await resetDb(db);
    const { unit } = await makeTownshipUnit(db);
    const lead = await principalOf(db, (await makeUser(db, "LEAD", { unitId: unit.id })).id);
    const report = await loadStats(lead, { period: { kind: "range", from: "1000-01-01", to: "9999-12-30" } }, NOW);
    expect(report).toMatchObject({ periodAdjusted: true, periodTooLong: true, period: { kind: "since", firstDay: "2026-10-01" } });
    const fine = await loadStats(lead, { period: { kind: "range", from: "2025-01-01", to: "2026-11-29" } }, NOW);
    expect(fine).toMatchObject({ periodAdjusted: false, periodTooLong: false, period: { firstDay: "2025-01-01" } });
  });

  it("cuts off a statement of a heavy page at the page timeout, and tells that apart from other failures", async () => {
    expect(PAGE_STATEMENT_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    // The page pool carries the timeout on every connection.
    const [{ statement_timeout }] = await pageDb.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe(`${PAGE_STATEMENT_TIMEOUT_MS / 1000}s`);
    // The same mechanism with a tiny limit, so the test does not wait 8 s.
    const quick = createPrismaClient(process.env.DATABASE_URL!, { max: 1, statementTimeoutMs: 50 });
    try {
      const err = await quick.$queryRaw`SELECT pg_sleep(2)`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isStatementTimeout(err)).toBe(true);
      const other = await quick.$queryRaw`SELECT 1/0`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(other).not.toBeNull();
      expect(isStatementTimeout(other)).toBe(false);
    } finally {
      await quick.$disconnect();
    }
  });
});
