import { beforeEach, describe, expect, it } from "vitest";
import { performCaseAction } from "@/lib/cases/perform";
import { reviewWithdrawal } from "@/lib/cases/withdrawal-review";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { withdrawals } from "@/lib/stats/withdrawals";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const t0 = new Date("2026-03-02T09:00:00+08:00");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);
const period = { from: at(-24), to: at(24 * 7) };

beforeEach(() => resetDb());

/** Accepted by officer A, then withdrawn by the enterprise at hour 2 (version 2). */
async function withdrawn(w: Awaited<ReturnType<typeof makeCaseWorld>>) {
  const c = await makeCase(db, w);
  await performCaseAction(w.as.officerA, c.reference, 0, { action: "accept" }, at(0.5));
  await performCaseAction(w.as.staff, c.reference, 1, { action: "withdraw", reason: "不需要了" }, at(2));
  return c;
}

const counts = async (w: Awaited<ReturnType<typeof makeCaseWorld>>) => {
  const { rows: _rows, next: _next, ...rest } = await withdrawals(db, { unitId: w.unit.id, townshipId: null, type: null }, period);
  return rest;
};

describe("a lead closes the review of a withdrawal (撤单质检)", () => {
  it("confirmed voluntary: the pending count falls and the outcome is counted; the case stays withdrawn", async () => {
    const w = await makeCaseWorld(db);
    const c = await withdrawn(w);
    await withdrawn(w);
    expect(await counts(w)).toEqual({ total: 2, pending: 2, reviewed: 0, voluntary: 0, pushed: 0, other: 0 });

    await reviewWithdrawal(w.as.lead, c.reference, 2, { outcome: "VOLUNTARY", note: "电话回访，企业确认自愿撤回" }, at(5));
    expect(await counts(w)).toEqual({ total: 2, pending: 1, reviewed: 1, voluntary: 1, pushed: 0, other: 0 });
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.status).toBe("WITHDRAWN");
    expect(row.events.at(-1)).toMatchObject({ kind: "WITHDRAWAL_REVIEWED", visibility: "INTERNAL", actorId: w.users.lead.id, data: { outcome: "VOLUNTARY" } });
    const page = await withdrawals(db, { unitId: w.unit.id, townshipId: null, type: null }, period);
    expect(page.rows.find((r) => r.reference === c.reference)).toMatchObject({ outcome: "VOLUNTARY", reviewNote: "电话回访，企业确认自愿撤回" });
    // Once per withdrawal.
    await expect(reviewWithdrawal(w.as.lead, c.reference, 2, { outcome: "OTHER", note: "再看看" }, at(6))).rejects.toBeInstanceOf(ConflictError);
  });

  it("pushed by staff: the case goes back to work through the state machine and the enterprise is told", async () => {
    const w = await makeCaseWorld(db);
    const c = await withdrawn(w);
    await reviewWithdrawal(w.as.lead, c.reference, 2, { outcome: "PUSHED_BY_STAFF", note: "经办人劝企业撤单，已重新办理" }, at(5));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", version: 3, assigneeId: w.users.officerA.id });
    expect(row.events.at(-1)).toMatchObject({
      kind: "STATUS",
      fromStatus: "WITHDRAWN",
      toStatus: "IN_PROGRESS",
      visibility: "PUBLIC",
      data: { action: "reinstate" },
    });
    expect(await db.notification.count({ where: { userId: w.users.staff.id, params: { path: ["action"], equals: "reinstate" } } })).toBe(1);
    expect(await counts(w)).toEqual({ total: 1, pending: 0, reviewed: 1, voluntary: 0, pushed: 1, other: 0 });
  });

  it("other needs a note; only the owning unit's lead or an admin reviews, and only a withdrawn case", async () => {
    const w = await makeCaseWorld(db);
    const c = await withdrawn(w);
    await expect(reviewWithdrawal(w.as.lead, c.reference, 2, { outcome: "OTHER", note: " " }, at(5))).rejects.toBeInstanceOf(ValidationError);
    await expect(reviewWithdrawal(w.as.officerA, c.reference, 2, { outcome: "VOLUNTARY" }, at(5))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewWithdrawal(w.as.otherOfficer, c.reference, 2, { outcome: "VOLUNTARY" }, at(5))).rejects.toThrow("not found");
    await expect(reviewWithdrawal(w.as.staff, c.reference, 2, { outcome: "VOLUNTARY" }, at(5))).rejects.toBeInstanceOf(ForbiddenError);
    const open = await makeCase(db, w);
    await expect(reviewWithdrawal(w.as.lead, open.reference, 0, { outcome: "VOLUNTARY" }, at(5))).rejects.toMatchObject({ code: "not_allowed" });
    await reviewWithdrawal(w.as.admin, c.reference, 2, { outcome: "OTHER", note: "企业已另行申报" }, at(5));
    expect(await counts(w)).toMatchObject({ pending: 0, other: 1 });
  });

  it("a reinstated case withdrawn again needs a new review", async () => {
    const w = await makeCaseWorld(db);
    const c = await withdrawn(w);
    await reviewWithdrawal(w.as.lead, c.reference, 2, { outcome: "PUSHED_BY_STAFF" }, at(5));
    await performCaseAction(w.as.staff, c.reference, 3, { action: "withdraw", reason: "确实不需要了" }, at(8));
    expect(await counts(w)).toEqual({ total: 1, pending: 1, reviewed: 0, voluntary: 0, pushed: 0, other: 0 });
    await reviewWithdrawal(w.as.lead, c.reference, 4, { outcome: "VOLUNTARY" }, at(9));
    expect(await db.withdrawalReview.count({ where: { requestId: c.id } })).toBe(2);
  });
});
