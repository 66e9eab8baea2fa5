import { beforeEach, describe, expect, it } from "vitest";
import { bulkAssign, bulkSetPriority } from "@/lib/cases/bulk";
import { addCoHandlingUnit, markCoHandlingDone } from "@/lib/cases/co-handling";
import { performCaseAction } from "@/lib/cases/perform";
import { COUNT_CAP, queuePage } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const now = new Date("2026-03-03T12:00:00+08:00");
const hoursFromNow = (h: number) => new Date(now.getTime() + h * HOUR);

beforeEach(() => resetDb());

describe("the queue", () => {
  it("pages by due time with a keyset cursor, each case once", async () => {
    const w = await makeCaseWorld(db);
    // Equal due times on purpose: the id breaks the tie, so nothing repeats or goes missing between pages.
    for (let i = 0; i < 60; i++) await makeCase(db, w, { dueAt: hoursFromNow(i % 7) });
    const seen: string[] = [];
    let cursor: string | undefined;
    let dues: number[] = [];
    do {
      const page = await queuePage(w.as.officerA, parseQueueFilters({ cursor }), now);
      seen.push(...page.rows.map((r) => r.reference));
      dues = dues.concat(page.rows.map((r) => r.dueAt.getTime()));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it("counts the tabs and filters by the address", async () => {
    const w = await makeCaseWorld(db);
    const a = w.users.officerA.id;
    await makeCase(db, w, { dueAt: hoursFromNow(-1) });
    await makeCase(db, w, { status: "ACCEPTED", assigneeId: a, dueAt: hoursFromNow(5), priority: "URGENT" });
    await makeCase(db, w, { status: "NEEDS_INFO", assigneeId: a, dueAt: hoursFromNow(-3) });
    await makeCase(db, w, { status: "RESOLVED", assigneeId: a });
    await makeCase(db, w, { status: "REJECTED" });
    const page = await queuePage(w.as.officerA, parseQueueFilters({}), now);
    expect(page.counts).toEqual({ unassigned: 1, mine: 2, open: 3, overdue: 1, waiting: 1, resolved: 1, all: 5 });
    expect(page.rows.map((r) => r.status)).toEqual(["NEEDS_INFO", "SUBMITTED", "ACCEPTED"]);
    expect((await queuePage(w.as.officerA, parseQueueFilters({ status: "SUBMITTED" }), now)).rows).toHaveLength(1);
    expect((await queuePage(w.as.officerA, parseQueueFilters({ priority: "URGENT" }), now)).rows).toHaveLength(1);
    const byName = await queuePage(w.as.officerA, parseQueueFilters({ q: w.enterprise.name.slice(-4), tab: "all" }), now);
    expect(byName.rows).toHaveLength(5);
    expect((await queuePage(w.as.officerA, parseQueueFilters({ q: w.enterprise.uscc, tab: "all" }), now)).rows).toHaveLength(5);
  });

  it("finds words inside the request (goods, subject, employee name), two-character Chinese words too, through the GIN index", async () => {
    const w = await makeCaseWorld(db);
    const steel = await makeCase(db, w, { details: { goods: "热轧钢卷", supplierName: "江苏某钢厂" } });
    const resin = await makeCase(db, w, { details: { goods: "塑料粒子", supplierName: "宁波化工" } });
    const general = await makeCase(db, w, { type: "GENERAL", details: { subject: "用工招聘对接", description: "护照" } });
    const visa = await makeCase(db, w, { type: "VISA_EXTENSION", details: { employeeName: "John SMITH", passportNumber: "E12345678" } });
    const found = async (q: string) => (await queuePage(w.as.officerA, parseQueueFilters({ q, tab: "all" }), now)).rows.map((r) => r.reference).sort();
    expect(await found("钢卷")).toEqual([steel.reference]);
    expect(await found("钢")).toEqual([steel.reference]);
    expect(await found("江苏 钢卷")).toEqual([steel.reference]);
    expect(await found("化工")).toEqual([resin.reference]);
    expect(await found("招聘")).toEqual([general.reference]);
    expect(await found("smith")).toEqual([visa.reference]);
    // Both pairs are in the text but not side by side: the exact check drops it.
    expect(await found("钢江")).toEqual([]);
    // A description and a passport number are not search words (the number is sensitive).
    expect(await found("护照")).toEqual([]);
    expect(await found("E12345678")).toEqual([]);
    // The database made the pairs itself from the stored text.
    const [row] = await db.$queryRaw<{ searchGrams: string[] }[]>`SELECT "searchGrams" FROM "Request" WHERE id = ${steel.id}`;
    expect(row!.searchGrams).toEqual(expect.arrayContaining(["热", "热轧", "钢卷", "某钢"]));
    expect(row!.searchGrams).not.toContain("卷 ");
    // The words query is the index's: with sequential scans off, the plan reads the GIN index.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Request" WHERE "searchGrams" @> ARRAY['钢卷'] AND "searchText" LIKE '%钢卷%'`,
      );
    });
    expect(plan.map((l) => l["QUERY PLAN"]).join("\n")).toContain("Request_searchGrams_idx");
  });

  it("keeps keyset paging while searching", async () => {
    const w = await makeCaseWorld(db);
    for (let i = 0; i < 60; i++) await makeCase(db, w, { dueAt: hoursFromNow(i % 5), details: { goods: i % 2 ? "钢材" : "木材" } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queuePage(w.as.officerA, parseQueueFilters({ q: "钢材", cursor }), now);
      seen.push(...page.rows.map((r) => r.reference));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it("shows a unit its own and co-handled cases, and an admin every unit with a unit filter", async () => {
    const w = await makeCaseWorld(db);
    const own = await makeCase(db, w);
    const elsewhere = await makeCase(db, w, { unitId: w.other.unit.id });
    const refs = async (p: Parameters<typeof queuePage>[0], q: Record<string, string> = {}) =>
      (await queuePage(p, parseQueueFilters(q), now)).rows.map((r) => r.reference).sort();
    expect(await refs(w.as.officerA)).toEqual([own.reference]);
    expect(await refs(w.as.bureauOfficer)).toEqual([]);
    expect(await refs(w.as.admin)).toEqual([own.reference, elsewhere.reference].sort());
    expect(await refs(w.as.admin, { unit: w.other.unit.code })).toEqual([elsewhere.reference]);
    // The city-wide view with a type filter (the admin's "all" tab) reads every unit's cases of that type.
    expect(await refs(w.as.admin, { tab: "all", type: own.type })).toContain(own.reference);
    // An officer cannot widen their view with the admin's filter.
    expect(await refs(w.as.otherOfficer, { unit: w.unit.code })).toEqual([elsewhere.reference]);

    await addCoHandlingUnit(w.as.lead, own.reference, w.bureau.id, now);
    expect(await refs(w.as.bureauOfficer)).toEqual([own.reference]);
  });
});

describe("co-handling", () => {
  it("only the owning lead adds units; the co-handler marks its part done once and cannot move the case", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { assigneeId: w.users.officerA.id });
    await expect(addCoHandlingUnit(w.as.officerA, c.reference, w.bureau.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addCoHandlingUnit(w.as.bureauOfficer, c.reference, w.bureau.id)).rejects.toBeInstanceOf(NotFoundError);
    await addCoHandlingUnit(w.as.lead, c.reference, w.bureau.id, now);
    await expect(addCoHandlingUnit(w.as.lead, c.reference, w.bureau.id, now)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.notification.count({ where: { userId: w.users.bureauOfficer.id, kind: "COHANDLING_ADDED" } })).toBe(1);

    await expect(performCaseAction(w.as.bureauOfficer, c.reference, 0, { action: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markCoHandlingDone(w.as.officerB, c.reference, undefined, now)).rejects.toBeInstanceOf(NotFoundError);
    await markCoHandlingDone(w.as.bureauOfficer, c.reference, "引导车已安排", now);
    await expect(markCoHandlingDone(w.as.bureauOfficer, c.reference, undefined, now)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.coHandling.findFirst({ where: { requestId: c.id } })).toMatchObject({
      doneAt: now,
      doneById: w.users.bureauOfficer.id,
      doneNote: "引导车已安排",
    });
    expect(await db.notification.count({ where: { userId: w.users.officerA.id, kind: "COHANDLING_DONE" } })).toBe(1);
  });
});

describe("bulk actions", () => {
  it("a lead assigns and re-prioritises a selection; cases that cannot take it are reported, not fatal", async () => {
    const w = await makeCaseWorld(db);
    const a = await makeCase(db, w);
    const b = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id, version: 4 });
    const closed = await makeCase(db, w, { status: "CLOSED" });
    const refs = [a.reference, b.reference, closed.reference];
    await expect(bulkAssign(w.as.officerA, refs, w.users.officerA.id)).rejects.toBeInstanceOf(ForbiddenError);
    const out = await bulkAssign(w.as.lead, refs, w.users.officerB.id, now);
    expect(out).toEqual({ done: [a.reference, b.reference], skipped: [{ reference: closed.reference, reason: "not_allowed" }] });
    const rows = await db.request.findMany({ where: { id: { in: [a.id, b.id] } }, orderBy: { reference: "asc" } });
    expect(rows.map((r) => [r.status, r.assigneeId])).toEqual([
      ["ACCEPTED", w.users.officerB.id],
      ["IN_PROGRESS", w.users.officerB.id],
    ]);

    const pr = await bulkSetPriority(w.as.lead, refs, "URGENT", now);
    expect(pr.done).toEqual([a.reference, b.reference]);
    expect(await db.request.count({ where: { priority: "URGENT" } })).toBe(2);
    expect(await db.event.count({ where: { kind: "PRIORITY" } })).toBe(2);
  });
});

describe("the tab counts", () => {
  it("stop at the cap, so a view never counts a whole unit", async () => {
    const w = await makeCaseWorld(db);
    for (let i = 0; i < COUNT_CAP + 5; i += 15) await Promise.all(Array.from({ length: 15 }, () => makeCase(db, w)));
    await makeCase(db, w, { status: "NEEDS_INFO" });
    const page = await queuePage(w.as.officerA, parseQueueFilters({}), now);
    expect(page.counts.open).toBe(COUNT_CAP);
    expect(page.counts.all).toBe(COUNT_CAP);
    expect(page.counts.waiting).toBe(1);
  });
});
