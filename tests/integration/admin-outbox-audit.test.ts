import { beforeEach, describe, expect, it } from "vitest";
import { auditSubjectNames, listAudit } from "@/lib/admin/audit-log";
import { setCalendarDay } from "@/lib/admin/calendar";
import { listOutbox, outboxCounts, retryOutbox } from "@/lib/admin/outbox";
import { setUserActive } from "@/lib/admin/user-changes";
import { ValidationError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeAdminPrincipal, makeTeam } from "../fixtures/admin";

beforeEach(() => resetDb());

describe("the outbox", () => {
  it("lists messages by state and puts a failed one back in the queue with a fresh attempt budget", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const failed = await db.outbox.create({
      data: { to: "a@test.local", subject: "s", body: "b", status: "FAILED", attempts: 5, lastError: "550 mailbox unavailable" },
    });
    await db.outbox.create({ data: { to: "b@test.local", subject: "s", body: "b", status: "SENT", attempts: 1, sentAt: new Date() } });
    expect(await outboxCounts(admin)).toMatchObject({ PENDING: 0, SENT: 1, FAILED: 1, GIVEN_UP: 0, NOT_SENT: 0 });
    expect((await listOutbox(admin, { status: "FAILED" })).rows.map((r) => r.id)).toEqual([failed.id]);

    await retryOutbox(admin, failed.id);
    expect(await db.outbox.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    await expect(retryOutbox(admin, failed.id)).rejects.toThrow(ValidationError);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "outbox.retry" } });
    expect(audit.before).toMatchObject({ status: "FAILED", attempts: 5 });
  });
});

describe("the audit log", () => {
  it("filters by actor, kind of record and Shanghai date, newest first, paging without repeats", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const other = await makeAdminPrincipal(db);
    const team = await makeTeam(db);
    await setUserActive(admin, team.officer.id, false);
    await setCalendarDay(other, { day: "2026-10-10", kind: "WORKDAY", note: "国庆调休" });
    await setCalendarDay(admin, { day: "2026-10-09", kind: "HOLIDAY", note: null });
    // An entry from the previous Shanghai day (23:30 on 1 March, UTC+8).
    await db.auditLog.create({
      data: { actorId: admin.id, action: "unit.update", entity: "Unit", entityId: team.unit.id, createdAt: new Date("2026-03-01T15:30:00Z") },
    });

    expect((await listAudit(admin, { actorId: other.id })).rows.map((r) => r.action)).toEqual(["calendar.set"]);
    expect((await listAudit(admin, { entity: "CalendarDay" })).rows.map((r) => r.entityId)).toEqual(["2026-10-09", "2026-10-10"]);
    expect((await listAudit(admin, { from: "2026-03-01", to: "2026-03-01" })).rows.map((r) => r.action)).toEqual(["unit.update"]);
    expect((await listAudit(admin, { to: "2026-02-28" })).rows).toEqual([]);

    const first = await listAudit(admin, {}, 2);
    const second = await listAudit(admin, { cursor: first.nextCursor! }, 2);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    expect(second.nextCursor).toBeNull();
  });

  it("names the records it points at in each language, instead of their ids", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const team = await makeTeam(db);
    await setUserActive(admin, team.officer.id, false);
    await setCalendarDay(admin, { day: "2026-10-10", kind: "WORKDAY", note: "国庆调休" });
    await db.auditLog.create({ data: { actorId: admin.id, action: "unit.update", entity: "Unit", entityId: team.unit.id } });
    await db.auditLog.create({ data: { actorId: admin.id, action: "unit.update", entity: "Unit", entityId: "gone" } });
    const rows = (await listAudit(admin, {})).rows;
    const names = await auditSubjectNames(rows);
    const officer = await db.user.findUniqueOrThrow({ where: { id: team.officer.id } });
    expect(names.get(`User:${team.officer.id}`)).toEqual({ zh: officer.name, en: officer.name });
    expect(names.get(`Unit:${team.unit.id}`)).toEqual({ zh: team.unit.nameZh, en: team.unit.nameEn });
    expect(names.get("CalendarDay:2026-10-10")).toEqual({ zh: "2026-10-10", en: "2026-10-10" });
    expect(names.has("Unit:gone")).toBe(false);
  });
});
