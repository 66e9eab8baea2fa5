import { beforeEach, describe, expect, it } from "vitest";
import { performCaseAction } from "@/lib/cases/perform";
import { createPrismaClient } from "@/lib/db";
import { escalateFirstResponse, sendFirstResponseReminders } from "@/lib/jobs/sla-jobs";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const MIN = 60_000;
// The fake clock: a supply-chain case filed at 09:00 must be accepted by 11:00 (2 h on the clock).
const filed = new Date("2026-03-02T09:00:00+08:00");
const at = (minutes: number) => new Date(filed.getTime() + minutes * MIN);

beforeEach(() => resetDb());

/** Runs both first-response jobs at `now` from two processes at once, as two workers would. */
async function tick(now: Date) {
  const other = createPrismaClient(process.env.DATABASE_URL!);
  try {
    await Promise.all([sendFirstResponseReminders(db, now), sendFirstResponseReminders(other, now)]);
    await Promise.all([escalateFirstResponse(db, now), escalateFirstResponse(other, now)]);
  } finally {
    await other.$disconnect();
  }
}

const kinds = async (id: string) => (await db.event.findMany({ where: { requestId: id }, orderBy: { id: "asc" } })).map((e) => e.kind);

describe("the first-response deadline is watched", () => {
  it("an unaccepted supply-chain case reminds the unit before 2 h and escalates to the lead after, once each", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { submittedAt: filed });
    const unit = [w.users.lead.id, w.users.officerA.id, w.users.officerB.id];

    await tick(at(60)); // half way: nothing yet
    expect(await kinds(c.id)).toEqual([]);

    await tick(at(100)); // past 80% of the 2 hours: the whole unit is reminded
    await tick(at(110));
    expect(await kinds(c.id)).toEqual(["FIRST_RESPONSE_REMINDER"]);
    for (const id of unit) expect(await db.notification.count({ where: { userId: id, kind: "FIRST_RESPONSE_REMINDER" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.users.otherOfficer.id } })).toBe(0);

    await tick(at(121)); // past 11:00 and still not accepted: the lead hears it
    await tick(at(180));
    expect(await kinds(c.id)).toEqual(["FIRST_RESPONSE_REMINDER", "FIRST_RESPONSE_ESCALATED"]);
    expect(await db.notification.count({ where: { userId: w.users.lead.id, kind: "FIRST_RESPONSE_ESCALATED" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.users.officerA.id, kind: "FIRST_RESPONSE_ESCALATED" } })).toBe(0);
    expect(await db.request.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      firstResponseReminderSentAt: at(100),
      firstResponseEscalatedAt: at(121),
    });
  });

  it("a liaison's case reminds its assignee only, and a case accepted in time raises nothing more", async () => {
    const w = await makeCaseWorld(db);
    const liaison = await makeCase(db, w, { submittedAt: filed, assigneeId: w.users.officerA.id });
    const accepted = await makeCase(db, w, { submittedAt: filed });
    await tick(at(100));
    expect(await db.notification.findMany({ where: { requestId: liaison.id }, select: { userId: true } })).toEqual([{ userId: w.users.officerA.id }]);

    await performCaseAction(w.as.officerB, accepted.reference, 0, { action: "accept" }, at(110));
    await tick(at(130));
    expect(await kinds(accepted.id)).toEqual(["FIRST_RESPONSE_REMINDER", "STATUS", "ASSIGNED"]);
    expect(await kinds(liaison.id)).toEqual(["FIRST_RESPONSE_REMINDER", "FIRST_RESPONSE_ESCALATED"]);
  });

  it("a case turned down or withdrawn before its first-response time is not chased", async () => {
    const w = await makeCaseWorld(db);
    const rejected = await makeCase(db, w, { submittedAt: filed });
    const withdrawn = await makeCase(db, w, { submittedAt: filed });
    await performCaseAction(w.as.lead, rejected.reference, 0, { action: "reject", reason: "不属于本平台受理范围" }, at(30));
    await performCaseAction(w.as.staff, withdrawn.reference, 0, { action: "withdraw", reason: "已自行解决" }, at(30));
    await tick(at(100));
    await tick(at(200));
    expect(await db.event.count({ where: { kind: { startsWith: "FIRST_RESPONSE" } } })).toBe(0);
  });
});
