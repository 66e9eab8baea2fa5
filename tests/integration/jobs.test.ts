import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { autoCloseResolved, escalateOverdue, sendReminders } from "@/lib/jobs/sla-jobs";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { createPrismaClient } from "@/lib/db";
import { performCaseAction } from "@/lib/cases/perform";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date("2026-03-10T12:00:00+08:00");
const ago = (ms: number) => new Date(now.getTime() - ms);

/** A case at 85% of its SLA, one overdue, one resolved 8 days ago, one at 50% and one resolved yesterday. */
async function scenario() {
  const w = await makeCaseWorld(db);
  const a = w.users.officerA.id;
  const remind = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: a, submittedAt: ago(20.4 * HOUR), dueAt: new Date(now.getTime() + 3.6 * HOUR) });
  const overdue = await makeCase(db, w, { status: "ACCEPTED", assigneeId: a, submittedAt: ago(30 * HOUR), dueAt: ago(6 * HOUR) });
  const stale = await makeCase(db, w, { status: "RESOLVED", assigneeId: a, submittedAt: ago(10 * DAY), dueAt: ago(9 * DAY), resolvedAt: ago(8 * DAY) });
  const early = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: a, submittedAt: ago(12 * HOUR), dueAt: new Date(now.getTime() + 12 * HOUR) });
  const fresh = await makeCase(db, w, { status: "RESOLVED", assigneeId: a, submittedAt: ago(3 * DAY), dueAt: ago(2 * DAY), resolvedAt: ago(DAY) });
  return { w, remind, overdue, stale, early, fresh };
}

async function expectEffectsOnce(s: Awaited<ReturnType<typeof scenario>>) {
  const kinds = async (id: string) => (await db.event.findMany({ where: { requestId: id }, orderBy: { id: "asc" } })).map((e) => e.kind);
  expect(await kinds(s.remind.id)).toEqual(["REMINDER"]);
  expect(await kinds(s.overdue.id)).toEqual(["ESCALATED"]);
  expect(await kinds(s.stale.id)).toEqual(["STATUS"]);
  expect(await kinds(s.early.id)).toEqual([]);
  expect(await kinds(s.fresh.id)).toEqual([]);
  expect(await db.request.findUniqueOrThrow({ where: { id: s.stale.id } })).toMatchObject({ status: "CLOSED", closedAt: now, version: 1 });
  expect(await db.notification.count({ where: { userId: s.w.users.officerA.id, kind: "REMINDER" } })).toBe(1);
  expect(await db.notification.count({ where: { userId: s.w.users.lead.id, kind: "ESCALATED" } })).toBe(1);
  expect(await db.notification.count({ where: { userId: s.w.users.staff.id, kind: "STATUS" } })).toBe(1);
}

beforeEach(() => resetDb());

describe("scheduled jobs", () => {
  it("remind at 80%, escalate when overdue, auto-close after 7 days — once, however often they run", async () => {
    const s = await scenario();
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      // Two processes racing on the same rows, twice over.
      for (let i = 0; i < 2; i++) {
        await Promise.all([sendReminders(db, now), sendReminders(other, now)]);
        await Promise.all([escalateOverdue(db, now), escalateOverdue(other, now)]);
        await Promise.all([autoCloseResolved(db, now), autoCloseResolved(other, now)]);
      }
    } finally {
      await other.$disconnect();
    }
    await expectEffectsOnce(s);
  });

  it("a reopened case past its due time is escalated again, once", async () => {
    const s = await scenario();
    await escalateOverdue(db, now);
    // The overdue case is resolved, and the enterprise reopens it an hour later: the fix did not hold.
    const row = await db.request.update({ where: { id: s.overdue.id }, data: { status: "RESOLVED", resolvedAt: now, firstResolvedAt: now } });
    await performCaseAction(s.w.as.staff, row.reference, row.version, { action: "reopen", reason: "货还在高速口，没有送到。" }, new Date(now.getTime() + HOUR));
    const later = new Date(now.getTime() + 2 * HOUR);
    await Promise.all([escalateOverdue(db, later), escalateOverdue(db, later)]);
    await escalateOverdue(db, later);
    const escalations = await db.event.count({ where: { requestId: s.overdue.id, kind: "ESCALATED" } });
    expect(escalations).toBe(2);
    expect(await db.notification.count({ where: { userId: s.w.users.lead.id, kind: "ESCALATED", requestId: s.overdue.id } })).toBe(2);
  });

  it("a due time moved by a pause earns a new reminder", async () => {
    const s = await scenario();
    await sendReminders(db, now);
    await db.request.update({ where: { id: s.remind.id }, data: { reminderSentAt: null, dueAt: new Date(now.getTime() + 3 * HOUR) } });
    await sendReminders(db, now);
    expect(await db.notification.count({ where: { requestId: s.remind.id, kind: "REMINDER" } })).toBe(2);
  });
});

describe("two pg-boss workers", () => {
  let workers: RunningWorker[] = [];
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    // Leave the shared test database as the other suites expect it: only the app's own schema.
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  });

  it("share the queues and every effect happens once", async () => {
    const s = await scenario();
    const url = process.env.DATABASE_URL!;
    const sent: string[] = [];
    const mailer = { sendMail: async (m: { to: string }) => void sent.push(m.to) };
    for (let i = 0; i < 2; i++) workers.push(await startWorker({ connectionString: url, schedule: false, pollingIntervalSeconds: 0.5, mailer, log: () => {} }));
    const [a, b] = workers as [RunningWorker, RunningWorker];
    const queues = ["sla-reminders", "sla-escalations", "auto-close"];
    const ids: [string, string][] = [];
    // Each job sent twice, once through each instance, as two app instances' schedules would.
    for (const q of queues) for (const boss of [a.boss, b.boss]) ids.push([q, (await boss.send(q, { now: now.toISOString() }))!]);
    expect(ids.every(([, id]) => id)).toBe(true);
    await waitFor(async () => {
      const jobs = await Promise.all(ids.map(([q, id]) => a.boss.getJobById(q, id)));
      return jobs.every((j) => j?.state === "completed");
    });
    await expectEffectsOnce(s);

    // The emails those notices queued go out once each, though both workers deliver.
    const pending = await db.outbox.count({ where: { channel: "EMAIL", status: "PENDING" } });
    expect(pending).toBeGreaterThan(0);
    const deliveries = [a, b].map((w) => w.boss.send("outbox-deliver", {}));
    const deliverIds = await Promise.all(deliveries);
    await waitFor(async () => (await Promise.all(deliverIds.map((id) => a.boss.getJobById("outbox-deliver", id!)))).every((j) => j?.state === "completed"));
    expect(sent).toHaveLength(pending);
    expect(await db.outbox.count({ where: { status: "SENT" } })).toBe(pending);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("jobs did not complete in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("outbox delivery", () => {
  it("records a failure and retries it later", async () => {
    const w = await makeCaseWorld(db);
    await db.outbox.create({ data: { to: w.users.officerA.email, subject: "s", body: "b", sendAfter: now } });
    const failing = {
      sendMail: async () => {
        throw Object.assign(new Error("421 try later"), { responseCode: 421 });
      },
    };
    expect(await deliverOutbox(db, { mailer: failing, sms: null }, now)).toBe(0);
    expect(await db.outbox.findFirst()).toMatchObject({ status: "PENDING", attempts: 1, lastError: "421 try later", providerCode: "SMTP_421" });
    // Backed off: not again at once, but a minute later.
    const ok = { mailer: { sendMail: async () => ({ messageId: "<m1@test>" }) }, sms: null };
    expect(await deliverOutbox(db, ok, now)).toBe(0);
    const later = new Date(now.getTime() + 60_000);
    expect(await deliverOutbox(db, ok, later)).toBe(1);
    expect(await db.outbox.findFirst()).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
      sentAt: later,
      provider: "smtp",
      providerId: "<m1@test>",
    });
  });
});
