import { beforeEach, describe, expect, it } from "vitest";
import { performCaseAction } from "@/lib/cases/perform";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const t0 = new Date("2026-03-02T09:00:00+08:00");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

beforeEach(() => resetDb());

describe("two people act on the same version at once", () => {
  it("exactly one claim wins; the other is told the case changed and the state is the winner's", async () => {
    const w = await makeCaseWorld(db);
    for (let i = 0; i < 5; i++) {
      const c = await makeCase(db, w);
      const results = await Promise.allSettled([
        performCaseAction(w.as.officerA, c.reference, 0, { action: "accept" }, at(1)),
        performCaseAction(w.as.officerB, c.reference, 0, { action: "accept" }, at(1)),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
      expect(lost[0]!.reason.code).toBe("stale");
      const winner = results[0]!.status === "fulfilled" ? w.users.officerA.id : w.users.officerB.id;
      const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: true } });
      expect(row).toMatchObject({ status: "ACCEPTED", version: 1, assigneeId: winner });
      expect(row.events.filter((e) => e.kind === "STATUS")).toHaveLength(1);
    }
  });

  it("different actions race: the loser's effects (reply, pause) are not written", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id, version: 3, firstResponseAt: at(0.5) });
    const results = await Promise.allSettled([
      performCaseAction(w.as.officerA, c.reference, 3, { action: "resolve", note: "已接驳完成" }, at(2)),
      performCaseAction(w.as.lead, c.reference, 3, { action: "ask", question: "请提供司机核酸证明" }, at(2)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { replies: true, pauses: true } });
    expect(row.version).toBe(4);
    if (row.status === "RESOLVED") expect(row.pauses).toHaveLength(0);
    else expect(row.status).toBe("NEEDS_INFO");
    expect(row.replies).toHaveLength(1);
  });

  it("a stale version is refused even when nobody else is acting", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { version: 2 });
    await expect(performCaseAction(w.as.officerA, c.reference, 1, { action: "accept" })).rejects.toMatchObject({ code: "stale" });
    expect((await db.request.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("SUBMITTED");
  });
});

describe("a case from claim to confirmation", () => {
  it("claims, asks, pauses the clock until the answer, resolves and closes with a rating", async () => {
    const w = await makeCaseWorld(db, { contactChannel: "EMAIL" });
    const c = await makeCase(db, w);
    const { officerA, staff } = w.as;

    expect(await performCaseAction(officerA, c.reference, 0, { action: "accept" }, at(0.5))).toEqual({ status: "ACCEPTED", version: 1 });
    await performCaseAction(officerA, c.reference, 1, { action: "start" }, at(1));
    await performCaseAction(officerA, c.reference, 2, { action: "ask", question: "车辆几点到高速口？" }, at(2));
    let row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true } });
    expect(row).toMatchObject({ status: "NEEDS_INFO", assigneeId: officerA.id, firstResponseAt: at(0.5) });
    expect(row.pauses).toMatchObject([{ reason: "QUESTION", note: "车辆几点到高速口？", startedAt: at(2), endedAt: null }]);
    const asked = await db.notification.findMany({ where: { userId: staff.id }, include: { emails: true } });
    expect(asked.map((n) => (n.params as { action: string }).action)).toEqual(["accept", "ask"]);
    expect(asked[1]!.emails).toMatchObject([{ channel: "EMAIL", to: staff.email }]);

    await performCaseAction(staff, c.reference, 3, { action: "answer", answer: "下午三点" }, at(5));
    row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true } });
    expect(row.status).toBe("IN_PROGRESS");
    expect(row.pauses[0]!.endedAt).toEqual(at(5));
    expect(Number(row.pausedMs)).toBe(3 * HOUR);
    // Supply chain: 24 h on the clock, pushed by the 3 h spent waiting on the enterprise.
    expect(row.dueAt).toEqual(at(27));
    expect(await db.notification.count({ where: { userId: officerA.id, kind: "STATUS" } })).toBe(1);

    await expect(performCaseAction(officerA, c.reference, 4, { action: "resolve", note: "  " }, at(6))).rejects.toBeInstanceOf(ValidationError);
    await performCaseAction(officerA, c.reference, 4, { action: "resolve", note: "已在义乌高速口完成接驳" }, at(6));
    await performCaseAction(staff, c.reference, 5, { action: "confirm", score: 5, comment: "很及时" }, at(7));

    const closed = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { rating: true, replies: true, events: { orderBy: { id: "asc" } } } });
    expect(closed).toMatchObject({ status: "CLOSED", version: 6, resolvedAt: at(6), firstResolvedAt: at(6), closedAt: at(7) });
    expect(closed.rating).toMatchObject({ score: 5, comment: "很及时", byId: staff.id });
    expect(closed.replies.map((r) => [r.body, r.visibility])).toEqual([
      ["车辆几点到高速口？", "PUBLIC"],
      ["下午三点", "PUBLIC"],
      ["已在义乌高速口完成接驳", "PUBLIC"],
    ]);
    expect(closed.events.filter((e) => e.kind === "STATUS").map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
      "SUBMITTED>ACCEPTED",
      "ACCEPTED>IN_PROGRESS",
      "IN_PROGRESS>NEEDS_INFO",
      "NEEDS_INFO>IN_PROGRESS",
      "IN_PROGRESS>RESOLVED",
      "RESOLVED>CLOSED",
    ]);
  });

  it("a working-day SLA is not pushed by the weekend inside a pause", async () => {
    const w = await makeCaseWorld(db);
    // A visa extension (respond in 1 working day, resolve in 5) filed Monday 2 March 09:00.
    const c = await makeCase(db, w, { type: "VISA_EXTENSION", status: "IN_PROGRESS", assigneeId: w.users.officerA.id });
    // Asked Friday 18:00, answered Monday 09:00: 6 + 9 = 15 working hours, not 63 on the clock.
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "请上传护照首页。" }, at(4 * 24 + 9));
    await performCaseAction(w.as.staff, c.reference, 1, { action: "answer", answer: "已上传。" }, at(7 * 24));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id } });
    expect(Number(row.pausedMs)).toBe(63 * HOUR);
    // Due Monday 9 March 09:00 without the pause; 15 working hours later is Tuesday 10 March 00:00.
    expect(row.dueAt).toEqual(new Date("2026-03-10T00:00:00+08:00"));
    expect(row.firstResponseDueAt).toEqual(new Date("2026-03-04T00:00:00+08:00"));
  });

  it("reopens within 7 days of the resolution, not after", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { status: "RESOLVED", resolvedAt: at(0), firstResolvedAt: at(0), assigneeId: w.users.officerA.id });
    await expect(performCaseAction(w.as.staff, c.reference, 0, { action: "reopen", reason: "货没到" }, at(7 * 24 + 1))).rejects.toBeInstanceOf(ForbiddenError);
    await performCaseAction(w.as.staff, c.reference, 0, { action: "reopen", reason: "货没到" }, at(24));
    expect(await db.request.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "IN_PROGRESS",
      reopenCount: 1,
      resolvedAt: null,
      firstResolvedAt: at(0),
    });
    expect(await db.notification.count({ where: { userId: w.users.officerA.id, kind: "STATUS" } })).toBe(1);
  });

  it("a withdrawal from NEEDS_INFO ends the pause and goes to the lead's review", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w);
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "accept" }, at(0.2));
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "ask", question: "还需要吗？", reason: "AWAITING_DOCUMENTS" }, at(1));
    await performCaseAction(w.as.staff, c.reference, 2, { action: "withdraw", reason: "供应商已自行送达" }, at(3));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true } });
    expect(row).toMatchObject({ status: "WITHDRAWN", withdrawnAt: at(3), withdrawReason: "供应商已自行送达" });
    expect(row.pauses).toMatchObject([{ reason: "AWAITING_DOCUMENTS", endedAt: at(3) }]);
    expect(Number(row.pausedMs)).toBe(2 * HOUR);
    expect(await db.notification.count({ where: { userId: w.users.lead.id, kind: "STATUS" } })).toBe(1);
  });
});

describe("who may do what", () => {
  it("only the owning unit moves a case; others see nothing or are refused", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w);
    await db.coHandling.create({ data: { requestId: c.id, unitId: w.bureau.id, addedById: w.users.lead.id } });
    await expect(performCaseAction(w.as.bureauOfficer, c.reference, 0, { action: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performCaseAction(w.as.otherOfficer, c.reference, 0, { action: "accept" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(performCaseAction(w.as.staff, c.reference, 0, { action: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performCaseAction(w.as.officerA, c.reference, 0, { action: "withdraw", reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performCaseAction(w.as.officerA, c.reference, 0, { action: "resolve", note: "x" })).rejects.toMatchObject({ code: "not_allowed" });
    expect((await db.request.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(0);
    // An admin works any unit's case.
    await performCaseAction(w.as.admin, c.reference, 0, { action: "reject", reason: "不属于本平台受理范围" });
    expect((await db.request.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("REJECTED");
  });

  it("an officer assigns only themselves; a lead assigns any officer of the unit, and the assignee is told", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w);
    await expect(performCaseAction(w.as.officerA, c.reference, 0, { action: "assign", assigneeId: w.users.officerB.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(performCaseAction(w.as.lead, c.reference, 0, { action: "assign", assigneeId: w.users.bureauOfficer.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await performCaseAction(w.as.lead, c.reference, 0, { action: "assign", assigneeId: w.users.officerB.id });
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "assign", assigneeId: w.users.officerA.id });
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row).toMatchObject({ status: "ACCEPTED", assigneeId: w.users.officerA.id, version: 2 });
    expect(row.events.map((e) => e.kind)).toEqual(["STATUS", "ASSIGNED", "ASSIGNED"]);
    expect(await db.notification.count({ where: { userId: w.users.officerB.id, kind: "ASSIGNED" } })).toBe(1);
    // Taking a case yourself is no news to you.
    expect(await db.notification.count({ where: { userId: w.users.officerA.id, kind: "ASSIGNED" } })).toBe(0);
  });
});
