import { beforeEach, describe, expect, it } from "vitest";
import { loadSession } from "@/lib/auth/principal";
import { queueView } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import type { Principal } from "@/lib/auth/types";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";
import { countStatements } from "./statements";

const db = testDb();
const now = new Date("2026-03-03T12:00:00+08:00");
const counted = countStatements();
beforeEach(async () => {
  await resetDb();
});

/** The statements one queue page view sends: the person with the session check and the header's unread count, the queue. */
async function pageStatements(who: Principal, query: Record<string, string> = {}): Promise<{ count: number; rows: number; townships: number; units: number }> {
  const { count, value: view } = await counted(async () => {
    const principal = (await loadSession(who.id, 0, "this-sign-in"))?.principal;
    return queueView(principal!, parseQueueFilters(query), now);
  });
  return { count, rows: view.page.rows.length, townships: view.options.townships.length, units: view.options.units.length };
}

describe("the queue page's statements", () => {
  it("stay at most 8 for an officer, a lead and the admin, and do not grow with the rows shown", async () => {
    const w = await makeCaseWorld(db);
    for (let i = 0; i < 2; i++) await makeCase(db, w, { assigneeId: w.users.officerA.id });
    const few = {
      officer: await pageStatements(w.as.officerA),
      lead: await pageStatements(w.as.lead),
      admin: await pageStatements(w.as.admin, { tab: "all" }),
    };
    for (let i = 0; i < 30; i++) await makeCase(db, w, { assigneeId: w.users.officerA.id });
    const many = {
      officer: await pageStatements(w.as.officerA),
      lead: await pageStatements(w.as.lead),
      admin: await pageStatements(w.as.admin, { tab: "all" }),
    };
    // The hook sees the statements at all: the person (with the session and unread count), the page, its counts.
    expect(few.officer.count).toBeGreaterThanOrEqual(3);
    // The filter menus come with the tab counts: townships for everyone, units for the admin only.
    expect(few.officer.townships).toBeGreaterThan(0);
    expect(few.officer.units).toBe(0);
    expect(few.admin.units).toBe(await db.unit.count({ where: { active: true } }));
    expect(few.officer.rows).toBe(2);
    expect(many.officer.rows).toBe(25);
    for (const who of ["officer", "lead", "admin"] as const) {
      expect(many[who].count, who).toBe(few[who].count);
      expect(many[who].count, who).toBeLessThanOrEqual(8);
    }
  });
});
