import { beforeEach, describe, expect, it } from "vitest";
import { performCaseAction } from "@/lib/cases/perform";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { getOwnRequest } from "@/lib/requests/own-request";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const t0 = new Date("2026-03-02T09:00:00+08:00");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

beforeEach(() => resetDb());

/** A supply-chain case (24 h on the clock) worked by officer A, waiting on the enterprise since hour 2. */
async function waiting() {
  const w = await makeCaseWorld(db);
  const c = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id, firstResponseAt: at(0.5) });
  await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "司机几点到高速口？" }, at(2));
  return { w, c };
}

describe("while the enterprise is waited on, the officer still has moves", () => {
  it("records an answer given by phone: the pause ends when it was given, the enterprise sees it and is told", async () => {
    const { w, c } = await waiting();
    const answer = { action: "recordAnswer", answer: "下午三点到", contactName: "王经理", channel: "PHONE", answeredAt: at(4) } as const;
    await performCaseAction(w.as.officerA, c.reference, 1, answer, at(6));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true } });
    expect(row.status).toBe("IN_PROGRESS");
    // Given at hour 4, typed in at hour 6: only the 2 h before the call count as waiting on the enterprise.
    expect(row.pauses[0]!.endedAt).toEqual(at(4));
    expect(Number(row.pausedMs)).toBe(2 * HOUR);
    expect(row.dueAt).toEqual(at(26));

    const own = await getOwnRequest(w.as.staff, c.reference);
    const shown = own!.events.find((e) => e.kind === "STATUS" && (e.data as { action?: string }).action === "recordAnswer");
    expect(shown).toMatchObject({ text: "下午三点到", data: { channel: "PHONE", contactName: "王经理", answeredAt: at(4).toISOString() } });
    const told = await db.notification.findMany({ where: { userId: w.users.staff.id, kind: "STATUS" }, orderBy: { createdAt: "asc" } });
    expect(told.map((n) => (n.params as { action: string }).action)).toEqual(["ask", "recordAnswer"]);
  });

  it("refuses an answer time in the future or before the question, and an answer without who or what", async () => {
    const { w, c } = await waiting();
    const base = { action: "recordAnswer", answer: "下午三点到", contactName: "王经理", channel: "IN_PERSON" } as const;
    await expect(performCaseAction(w.as.officerA, c.reference, 1, { ...base, answeredAt: at(7) }, at(6))).rejects.toMatchObject({
      fieldErrors: { answeredAt: ["answeredAtFuture"] },
    });
    await expect(performCaseAction(w.as.officerA, c.reference, 1, { ...base, answeredAt: at(1) }, at(6))).rejects.toMatchObject({
      fieldErrors: { answeredAt: ["answeredAtBeforeQuestion"] },
    });
    await expect(performCaseAction(w.as.officerA, c.reference, 1, { ...base, contactName: " ", answeredAt: at(3) }, at(6))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(performCaseAction(w.as.officerA, c.reference, 1, { ...base, answer: "", answeredAt: at(3) }, at(6))).rejects.toBeInstanceOf(ValidationError);
    expect(await db.request.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "NEEDS_INFO", version: 1 });
  });

  it("takes the question back: the clock runs again and the enterprise is told it need not answer", async () => {
    const { w, c } = await waiting();
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "retractQuestion", note: "已从供应商处得知" }, at(3));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true, events: { orderBy: { id: "asc" } } } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", pausedMs: BigInt(HOUR) });
    expect(row.pauses[0]!.endedAt).toEqual(at(3));
    expect(row.events.at(-1)).toMatchObject({
      kind: "STATUS",
      fromStatus: "NEEDS_INFO",
      toStatus: "IN_PROGRESS",
      visibility: "PUBLIC",
      text: "已从供应商处得知",
    });
    expect(await db.notification.count({ where: { userId: w.users.staff.id, kind: "STATUS", params: { path: ["action"], equals: "retractQuestion" } } })).toBe(
      1,
    );
  });

  it("resolves outright: the pause ends and the enterprise is asked to confirm", async () => {
    const { w, c } = await waiting();
    await performCaseAction(w.as.officerA, c.reference, 1, { action: "resolve", note: "电话确认货已送达" }, at(5));
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { pauses: true } });
    expect(row).toMatchObject({ status: "RESOLVED", resolvedAt: at(5), pausedMs: BigInt(3 * HOUR) });
    expect(row.pauses[0]!.endedAt).toEqual(at(5));
  });

  it("only the owning unit records an answer; the enterprise answers for itself", async () => {
    const { w, c } = await waiting();
    const answer = { action: "recordAnswer", answer: "好", contactName: "王经理", channel: "PHONE", answeredAt: at(3) } as const;
    await expect(performCaseAction(w.as.staff, c.reference, 1, answer, at(4))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(performCaseAction(w.as.bureauOfficer, c.reference, 1, answer, at(4))).rejects.toThrow("not found");
    // Not waiting on the enterprise: nothing to record.
    const other = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id });
    await expect(performCaseAction(w.as.officerA, other.reference, 0, answer, at(4))).rejects.toMatchObject({ code: "not_allowed" });
  });
});
