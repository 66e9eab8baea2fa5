import { beforeEach, describe, expect, it } from "vitest";
import { moveCase } from "@/lib/admin/move-case";
import { setPriority } from "@/lib/cases/bulk";
import { loadCaseDetail } from "@/lib/cases/detail";
import { performCaseAction, performInTransaction } from "@/lib/cases/perform";
import { ConflictError } from "@/lib/errors";
import { autoCloseResolved } from "@/lib/jobs/sla-jobs";
import { getOwnRequest } from "@/lib/requests/own-request";
import { SYSTEM } from "@/lib/workflow/actor";
import { parseEvent } from "@/lib/workflow/events";
import { seedBase } from "@/prisma/seed/base";
import { seedDemo } from "@/prisma/seed/demo";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const DAY = 86_400_000;
const now = new Date("2026-03-10T12:00:00+08:00");

beforeEach(() => resetDb());

describe("every change of a case takes the one path", () => {
  it("auto-close is the SYSTEM's transition: no actor on the event, the version goes up, both sides are told", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "RESOLVED", assigneeId: w.users.officerA.id, version: 4, resolvedAt: new Date(now.getTime() - 8 * DAY) });
    expect(await autoCloseResolved(db, now)).toBe(1);
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: true } });
    expect(row).toMatchObject({ status: "CLOSED", version: 5, closedAt: now });
    expect(row.events).toEqual([
      expect.objectContaining({ kind: "STATUS", actorId: null, fromStatus: "RESOLVED", toStatus: "CLOSED", data: { action: "autoClose" } }),
    ]);
    const told = await db.notification.findMany({ where: { requestId: c.id }, select: { userId: true, kind: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([w.users.staff.id, w.users.officerA.id].sort());
    // The enterprise can no longer confirm or reopen the closed case: it really went through the state machine.
    await expect(performCaseAction(w.as.staff, c.reference, 5, { action: "reopen", reason: "还没好" }, now)).rejects.toBeInstanceOf(ConflictError);
  });

  it("a person cannot auto-close, and the SYSTEM's move is refused by the state machine outside RESOLVED", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "RESOLVED", assigneeId: w.users.officerA.id, resolvedAt: new Date(now.getTime() - DAY) });
    await expect(performCaseAction(w.as.officerA, c.reference, 0, { action: "autoClose" }, now)).rejects.toMatchObject({ code: "not_allowed" });
    expect((await db.request.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("RESOLVED");
    const open = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id });
    await expect(db.$transaction((tx) => performInTransaction(tx, SYSTEM, open.reference, 0, { action: "autoClose" }, now))).rejects.toMatchObject({
      code: "not_allowed",
    });
    await expect(db.$transaction((tx) => performInTransaction(tx, SYSTEM, open.reference, 0, { action: "resolve", note: "x" }, now))).rejects.toMatchObject({
      code: "not_allowed",
    });
    expect((await db.request.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("IN_PROGRESS");
  });

  it("a move and a priority change check the version and leave their event, by the person", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "ACCEPTED", assigneeId: w.users.officerA.id, version: 2 });
    await expect(setPriority(w.as.lead, c.reference, 1, "URGENT", now)).rejects.toMatchObject({ code: "stale" });
    await setPriority(w.as.lead, c.reference, 2, "URGENT", now);
    await moveCase(w.as.admin, c.reference, w.bureau.id, "需要出入境管理局办理", now);
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row).toMatchObject({ version: 4, priority: "URGENT", unitId: w.bureau.id, assigneeId: null });
    expect(row.events.map((e) => [e.kind, e.actorId])).toEqual([
      ["PRIORITY", w.users.lead.id],
      ["MOVED", w.users.admin.id],
    ]);
  });
});

describe("old or unknown timeline rows", () => {
  it("still open the case page and the enterprise's page, shown by their raw kind", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "ACCEPTED", assigneeId: w.users.officerA.id });
    await db.event.createMany({
      data: [
        { requestId: c.id, kind: "LEGACY_STAMP", visibility: "INTERNAL", data: { whatever: [1, 2] }, createdAt: now },
        { requestId: c.id, kind: "PRIORITY", visibility: "INTERNAL", data: { from: "LOW", to: "SOMEDAY" }, createdAt: now },
        // A public status row written before payloads were typed, with no payload at all: still a status change.
        { requestId: c.id, kind: "STATUS", visibility: "PUBLIC", fromStatus: "SUBMITTED", toStatus: "ACCEPTED", data: undefined, createdAt: now },
        // A public rating whose score someone wrote as text.
        { requestId: c.id, kind: "RATED", visibility: "PUBLIC", data: { score: "four" }, createdAt: now },
        { requestId: c.id, kind: "RATED", visibility: "PUBLIC", data: { score: 4 }, createdAt: now },
      ],
    });
    const detail = await loadCaseDetail(w.as.officerA, c.reference, now);
    expect(detail!.events.map((e) => (e.kind === "UNKNOWN" ? `?${e.rawKind}` : e.kind))).toEqual(["?LEGACY_STAMP", "?PRIORITY", "STATUS", "?RATED", "RATED"]);
    const own = await getOwnRequest(w.as.staff, c.reference, now);
    expect(own!.events.map((e) => (e.kind === "UNKNOWN" ? `?${e.rawKind}` : e.kind))).toEqual(["STATUS", "?RATED", "RATED"]);
    expect(own!.question).toBeNull();
  });
});

describe("the demo story's timelines", () => {
  it("read back as their kinds, every one (none falls back to a raw name)", async () => {
    await seedBase(db);
    await seedDemo(db, now);
    const rows = await db.event.findMany({ select: { kind: true, data: true } });
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => parseEvent(r).kind === "UNKNOWN").map((r) => r.kind)).toEqual([]);
  });
});
