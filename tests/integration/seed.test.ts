import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { isValidResidentId } from "@/lib/checks/resident-id";
import { isValidUscc } from "@/lib/checks/uscc";
import type { Db } from "@/lib/db";
import { openSensitive } from "@/lib/pii/sensitive";
import { findRequestType } from "@/lib/request-types/registry";
import { transition, type Actor, type Action, type Status } from "@/lib/workflow/state-machine";
import { seedBase } from "@/prisma/seed/base";
import { seedDemo } from "@/prisma/seed/demo";
import { resetDb, testDb } from "./db";

const DEMO_ACCOUNTS = [
  { email: "admin@demo.yiwu.gov", role: "ADMIN", unit: null },
  { email: "lead.chian@demo.yiwu.gov", role: "LEAD", unit: "CHIAN" },
  { email: "officer.chian@demo.yiwu.gov", role: "OFFICER", unit: "CHIAN" },
  { email: "officer.fotang@demo.yiwu.gov", role: "OFFICER", unit: "FOTANG" },
  { email: "lead.exit@demo.yiwu.gov", role: "LEAD", unit: "EXIT_ENTRY" },
  { email: "officer.exit@demo.yiwu.gov", role: "OFFICER", unit: "EXIT_ENTRY" },
  { email: "staff@powertrain.demo", role: "ENTERPRISE", unit: null },
  { email: "staff@tradeco.demo", role: "ENTERPRISE", unit: null },
] as const;

const STATUSES: Status[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO", "RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"];
const DAY = 24 * 60 * 60 * 1000;

async function seedFresh(db: Db, now: Date) {
  await resetDb(db);
  await seedBase(db);
  await seedDemo(db, now);
}

/** References per year: 1…n in submission order, and the year's counter at n. */
async function expectGapFreeReferences(db: Db) {
  const requests = await db.request.findMany({ select: { reference: true }, orderBy: [{ submittedAt: "asc" }, { reference: "asc" }] });
  const perYear = new Map<number, number[]>();
  for (const { reference } of requests) {
    const m = /^YW-(\d{4})-(\d{6})$/.exec(reference);
    expect(m, reference).not.toBeNull();
    perYear.set(Number(m![1]), [...(perYear.get(Number(m![1])) ?? []), Number(m![2])]);
  }
  const counters = await db.requestCounter.findMany({ orderBy: { year: "asc" } });
  expect(counters.map((c) => c.year)).toEqual([...perYear.keys()].sort());
  for (const [year, numbers] of perYear) {
    expect(numbers, `references of ${year}`).toEqual(numbers.map((_, i) => i + 1));
    expect(counters.find((c) => c.year === year)?.last).toBe(numbers.length);
  }
  return perYear;
}

describe("demo seed", () => {
  const db = testDb();
  const now = new Date();

  beforeAll(async () => {
    await seedFresh(db, now);
  });

  it("creates every demo account of DOMAIN.md, each signing in with demo-pass", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({
        where: { email: account.email },
        select: { role: true, active: true, passwordHash: true, unit: { select: { code: true } }, enterpriseId: true },
      });
      expect(user, account.email).not.toBeNull();
      expect(user!.role).toBe(account.role);
      expect(user!.active).toBe(true);
      expect(user!.unit?.code ?? null).toBe(account.unit);
      expect(user!.enterpriseId === null).toBe(account.role !== "ENTERPRISE");
    }
    const admin = await db.user.findUnique({ where: { email: "admin@demo.yiwu.gov" }, select: { passwordHash: true } });
    expect(await verifyPassword(admin!.passwordHash, "demo-pass")).toBe(true);
    expect(await verifyPassword(admin!.passwordHash, "wrong-pass")).toBe(false);
    // One hash shared by all accounts, so checking it once covers them.
    const hashes = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { passwordHash: true } });
    expect(new Set(hashes.map((h) => h.passwordHash)).size).toBe(1);
  });

  it("puts the powertrain maker in 赤岸镇 (whitelisted, liaison officer.chian) and the trading company in 佛堂镇", async () => {
    const staffOf = (email: string) =>
      db.user.findUniqueOrThrow({
        where: { email },
        select: {
          enterprise: {
            select: { status: true, whitelisted: true, aboveScale: true, township: { select: { code: true } }, liaison: { select: { email: true } } },
          },
        },
      });
    const powertrain = (await staffOf("staff@powertrain.demo")).enterprise!;
    expect(powertrain).toMatchObject({ status: "VERIFIED", whitelisted: true, aboveScale: true, township: { code: "CHIAN" } });
    expect(powertrain.liaison?.email).toBe("officer.chian@demo.yiwu.gov");
    const tradeco = (await staffOf("staff@tradeco.demo")).enterprise!;
    expect(tradeco).toMatchObject({ status: "VERIFIED", township: { code: "FOTANG" } });
  });

  it("gives every unit a lead and has pending and rejected enterprises to verify", async () => {
    const units = await db.unit.findMany({ select: { code: true, members: { where: { role: "LEAD" }, select: { id: true } } } });
    expect(units).toHaveLength(8);
    for (const u of units) expect(u.members.length, u.code).toBeGreaterThan(0);
    const byStatus = await db.enterprise.groupBy({ by: ["status"], _count: true });
    const count = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0;
    expect(count("VERIFIED")).toBeGreaterThanOrEqual(8);
    expect(count("PENDING")).toBeGreaterThan(0);
    expect(count("REJECTED")).toBe(1);
  });

  it("files about 200 requests over the last 8 weeks, in every status and of every type", async () => {
    const requests = await db.request.findMany({ select: { status: true, type: true, submittedAt: true } });
    expect(requests.length).toBeGreaterThanOrEqual(180);
    expect(requests.length).toBeLessThanOrEqual(220);
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(STATUSES));
    expect(new Set(requests.map((r) => r.type))).toEqual(new Set(["SUPPLY_CHAIN_HANDOFF", "VISA_EXTENSION", "PASSPORT_EXPEDITE", "GENERAL"]));
    for (const r of requests) {
      expect(r.submittedAt.getTime()).toBeLessThan(now.getTime());
      expect(r.submittedAt.getTime()).toBeGreaterThanOrEqual(now.getTime() - 8 * 7 * DAY);
    }
  });

  it("numbers references gap-free per year in submission order", async () => {
    await expectGapFreeReferences(db);
  });

  it("uses only valid USCCs, resident IDs and details the request types accept", async () => {
    for (const e of await db.enterprise.findMany({ select: { uscc: true } })) expect(isValidUscc(e.uscc), e.uscc).toBe(true);
    const requests = await db.request.findMany({ select: { id: true, reference: true, type: true, details: true, submittedAt: true } });
    let ids = 0;
    for (const r of requests) {
      // Passport/ID numbers are sealed beside the row, which keeps only their masks.
      const sealed = await openSensitive(db, r.id);
      for (const [field, v] of sealed) expect((r.details as Record<string, unknown>)[field]).toBe(v.masked);
      const details = { ...(r.details as Record<string, unknown>), ...Object.fromEntries([...sealed].map(([field, v]) => [field, v.value])) };
      if (typeof details.residentId === "string") {
        ids += 1;
        expect(isValidResidentId(details.residentId, now), details.residentId).toBe(true);
      }
      // Valid as the form would have judged it when the request was filed.
      const parsed = findRequestType(r.type)!.schema(r.submittedAt).safeParse(details);
      expect(parsed.success, `${r.reference}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(ids).toBeGreaterThan(10);
  });

  it("routes, prioritises and times each request by its type's rules", async () => {
    const requests = await db.request.findMany({
      include: {
        unit: { select: { code: true } },
        assignee: { select: { unitId: true } },
        enterprise: { select: { whitelisted: true, townshipId: true, township: { select: { code: true } } } },
      },
    });
    for (const r of requests) {
      const def = findRequestType(r.type)!;
      expect(r.unit.code, r.reference).toBe(def.unit.kind === "unit" ? def.unit.code : r.enterprise.township.code);
      expect(r.townshipId).toBe(r.enterprise.townshipId);
      expect(r.priority, r.reference).toBe(def.priority(r.details as never, { now: r.submittedAt, enterprise: r.enterprise }));
      expect(r.firstResponseDueAt.getTime()).toBeGreaterThan(r.submittedAt.getTime());
      expect(r.dueAt.getTime()).toBeGreaterThanOrEqual(r.firstResponseDueAt.getTime());
      if (r.status !== "SUBMITTED") expect(r.assignee?.unitId, `${r.reference} assignee`).toBe(r.unitId);
    }
  });

  it("keeps each timeline in order and in step with the workflow and the request's own fields", async () => {
    const requests = await db.request.findMany({
      include: { events: { orderBy: { id: "asc" } }, pauses: true, rating: true, enterprise: { select: { staff: { select: { id: true } } } } },
    });
    for (const r of requests) {
      const staff = new Set(r.enterprise.staff.map((s) => s.id));
      expect(r.events[0]?.kind, r.reference).toBe("CREATED");
      let status: Status = "SUBMITTED";
      let previous = 0;
      for (const e of r.events) {
        expect(e.createdAt.getTime(), r.reference).toBeGreaterThanOrEqual(previous);
        expect(e.createdAt.getTime()).toBeLessThan(now.getTime());
        previous = e.createdAt.getTime();
        if (e.kind !== "STATUS") continue;
        const actor: Actor = e.actorId === null ? "SYSTEM" : staff.has(e.actorId) ? "ENTERPRISE" : "UNIT";
        const action = (e.data as { action: Action }).action;
        expect(e.fromStatus, `${r.reference} ${action}`).toBe(status);
        const result = transition(status, action, actor);
        expect(result, `${r.reference}: ${status} -${action}-> by ${actor}`).toMatchObject({ ok: true, to: e.toStatus });
        status = e.toStatus as Status;
      }
      expect(r.status, r.reference).toBe(status);

      expect(r.firstResponseAt === null, r.reference).toBe(r.status === "SUBMITTED");
      expect(r.closedAt === null).toBe(r.status !== "CLOSED");
      expect(r.withdrawnAt === null).toBe(r.status !== "WITHDRAWN");
      expect(r.withdrawReason === null).toBe(r.status !== "WITHDRAWN");
      expect(r.resolvedAt !== null, r.reference).toBe(r.status === "RESOLVED" || r.status === "CLOSED");
      if (r.resolvedAt) expect(r.firstResolvedAt!.getTime()).toBeLessThanOrEqual(r.resolvedAt.getTime());
      // A resolution closes itself after 7 days.
      if (r.status === "RESOLVED") expect(now.getTime() - r.resolvedAt!.getTime()).toBeLessThan(7 * DAY);
      expect(r.reopenCount).toBe(r.events.filter((e) => (e.data as { action?: string } | null)?.action === "reopen").length);

      const open = r.pauses.filter((p) => p.endedAt === null);
      expect(open.length, r.reference).toBe(r.status === "NEEDS_INFO" ? 1 : 0);
      const closedMs = r.pauses.reduce((sum, p) => sum + (p.endedAt ? p.endedAt.getTime() - p.startedAt.getTime() : 0), 0);
      expect(Number(r.pausedMs), r.reference).toBe(closedMs);
      if (r.rating) {
        expect(r.status).toBe("CLOSED");
        expect(r.rating.score).toBeGreaterThanOrEqual(1);
        expect(r.rating.score).toBeLessThanOrEqual(5);
      }
    }
  });

  it("tells the story: ratings, reopened and overdue cases, withdrawals with reasons, co-handling, notifications", async () => {
    const ratings = await db.rating.findMany({ select: { score: true } });
    const closed = await db.request.count({ where: { status: "CLOSED" } });
    expect(ratings.length).toBeGreaterThan(closed / 2);
    expect(ratings.filter((r) => r.score >= 4).length / ratings.length).toBeGreaterThan(0.7);
    expect(await db.request.count({ where: { reopenCount: 1 } })).toBeGreaterThanOrEqual(2);
    const overdue = await db.request.count({ where: { status: { in: ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"] }, dueAt: { lt: now } } });
    expect(overdue).toBeGreaterThan(0);
    expect(await db.reply.count({ where: { visibility: "PUBLIC" } })).toBeGreaterThan(0);
    expect(await db.reply.count({ where: { visibility: "INTERNAL" } })).toBeGreaterThan(0);

    const coHandled = await db.request.findMany({
      where: { coHandlings: { some: {} } },
      select: { type: true, coHandlings: { select: { doneAt: true, unit: { select: { code: true } } } } },
    });
    expect(coHandled).toHaveLength(1);
    expect(coHandled[0].type).toBe("SUPPLY_CHAIN_HANDOFF");
    expect(coHandled[0].coHandlings.map((c) => c.unit.code).sort()).toEqual(["HEALTH", "TRAFFIC"]);
    expect(coHandled[0].coHandlings.filter((c) => c.doneAt !== null)).toHaveLength(1);

    for (const email of ["staff@powertrain.demo", "officer.chian@demo.yiwu.gov", "officer.exit@demo.yiwu.gov"]) {
      expect(await db.notification.count({ where: { user: { email } } }), email).toBeGreaterThan(0);
    }
  });

  it("gives the same data for the same now", async () => {
    const fingerprint = async () =>
      (await db.request.findMany({ orderBy: { reference: "asc" }, select: { reference: true, status: true, details: true, submittedAt: true, dueAt: true } }))
        .map((r) => JSON.stringify(r))
        .join("\n");
    const before = await fingerprint();
    await seedFresh(db, now);
    expect(await fingerprint()).toBe(before);
  });
});

describe("demo seed across a new year", () => {
  const db = testDb();

  it("numbers each year from 1 with its own counter", async () => {
    await seedFresh(db, new Date("2027-01-12T10:00:00+08:00"));
    const perYear = await expectGapFreeReferences(db);
    expect([...perYear.keys()].sort()).toEqual([2026, 2027]);
  });
});

describe("seedBase", () => {
  const db = testDb();

  it("can run again without changing anything, and keeps an admin's edits", async () => {
    await resetDb(db);
    await seedBase(db);
    const snapshot = async () => ({
      townships: await db.township.findMany({ orderBy: { code: "asc" } }),
      units: await db.unit.findMany({ orderBy: { code: "asc" } }),
      calendar: await db.calendarDay.findMany({ orderBy: { day: "asc" }, select: { day: true, kind: true } }),
    });
    const first = await snapshot();
    expect(first.townships.map((t) => t.code)).toEqual(["CHIAN", "CHOUCHENG", "FOTANG", "HOUZHAI", "SUXI"]);
    expect(first.units.find((u) => u.code === "CHIAN")).toMatchObject({ kind: "TOWNSHIP", nameZh: "赤岸镇助企服务团", townshipId: first.townships[0].id });
    expect(first.units.find((u) => u.code === "EXIT_ENTRY")).toMatchObject({ kind: "BUREAU", nameEn: "Exit-Entry Administration", townshipId: null });
    // 2026-10-01 National Day is a holiday; 2026-10-10 (a Saturday) is a 调休 working day.
    expect(first.calendar).toContainEqual({ day: new Date("2026-10-01T00:00:00Z"), kind: "HOLIDAY" });
    expect(first.calendar).toContainEqual({ day: new Date("2026-10-10T00:00:00Z"), kind: "WORKDAY" });

    await seedBase(db);
    expect(await snapshot()).toEqual(first);

    await db.unit.update({ where: { code: "CHIAN" }, data: { nameZh: "赤岸镇助企服务团（新）" } });
    await db.calendarDay.delete({ where: { day: new Date("2026-10-10T00:00:00Z") } });
    await seedBase(db);
    expect((await db.unit.findUniqueOrThrow({ where: { code: "CHIAN" } })).nameZh).toBe("赤岸镇助企服务团（新）");
    expect(await db.calendarDay.findUnique({ where: { day: new Date("2026-10-10T00:00:00Z") } })).toBeNull();
  });
});
