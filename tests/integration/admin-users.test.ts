import { beforeEach, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/auth/principal";
import { changeStaffRole, createStaffUser, setUserActive } from "@/lib/admin/user-changes";
import { listUsers } from "@/lib/admin/users";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeEnterprise, makeUser, principalOf } from "../fixtures/factory";
import { ORIGIN, makeAdminPrincipal, makeTeam, tokenOf } from "../fixtures/admin";
import { messageWithLink } from "@/lib/account/link-seal";

const now = new Date("2026-03-02T02:00:00Z");

beforeEach(() => resetDb());

describe("a live session follows admin changes", () => {
  it("picks up a new role and unit on its next request, ends when disabled, and resumes when re-enabled", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const b = await makeTeam(db);
    // The session was issued with token version 0 and is never re-issued in this test.
    expect(await loadPrincipal(a.officer.id, 0)).toMatchObject({ role: "OFFICER", unitId: a.unit.id });

    await changeStaffRole(admin, a.officer.id, { role: "LEAD", unitId: b.unit.id });
    expect(await loadPrincipal(a.officer.id, 0)).toMatchObject({ role: "LEAD", unitId: b.unit.id, unit: { code: b.unit.code } });

    await changeStaffRole(admin, a.officer.id, { role: "ADMIN", unitId: undefined });
    expect(await loadPrincipal(a.officer.id, 0)).toMatchObject({ role: "ADMIN", unitId: null });

    await setUserActive(admin, a.officer.id, false);
    expect(await loadPrincipal(a.officer.id, 0)).toBeNull();

    await setUserActive(admin, a.officer.id, true);
    expect(await loadPrincipal(a.officer.id, 0)).toMatchObject({ role: "ADMIN" });
  });

  it("records each change in the audit log with before and after", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const b = await makeTeam(db);
    await changeStaffRole(admin, a.officer.id, { role: "OFFICER", unitId: b.unit.id });
    await setUserActive(admin, a.officer.id, false);
    const log = await db.auditLog.findMany({ where: { entityId: a.officer.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorId])).toEqual([
      ["user.role", admin.id],
      ["user.disable", admin.id],
    ]);
    expect(log[0].before).toMatchObject({ unitId: a.unit.id });
    expect(log[0].after).toMatchObject({ unitId: b.unit.id });
    expect(log[1].after).toMatchObject({ active: false });
  });

  it("ends the liaison role of an officer who leaves the township's team", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const b = await makeTeam(db);
    const enterprise = await makeEnterprise(db, a.township.id, { liaisonId: a.officer.id });
    await changeStaffRole(admin, a.officer.id, { role: "OFFICER", unitId: b.unit.id });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).liaisonId).toBeNull();
  });
});

describe("the last lead of a unit and the last admin are protected", () => {
  it("keeps a unit's only active lead from being disabled, demoted or moved away", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const b = await makeTeam(db);

    await expect(setUserActive(admin, a.lead.id, false)).rejects.toThrow(ConflictError);
    await expect(changeStaffRole(admin, a.lead.id, { role: "OFFICER", unitId: a.unit.id })).rejects.toMatchObject({ code: "lastLead" });
    await expect(changeStaffRole(admin, a.lead.id, { role: "LEAD", unitId: b.unit.id })).rejects.toMatchObject({ code: "lastLead" });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.lead.id } })).toMatchObject({ role: "LEAD", unitId: a.unit.id, active: true });
    expect(await db.auditLog.count()).toBe(0);

    // With a second lead in place, the first may go.
    await changeStaffRole(admin, a.officer.id, { role: "LEAD", unitId: a.unit.id });
    await setUserActive(admin, a.lead.id, false);
    await expect(setUserActive(admin, a.officer.id, false)).rejects.toMatchObject({ code: "lastLead" });
  });

  it("lets only one of two simultaneous disables of a unit's two leads through", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const second = await makeUser(db, "LEAD", { unitId: a.unit.id });
    const results = await Promise.allSettled([setUserActive(admin, a.lead.id, false), setUserActive(admin, second.id, false)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { unitId: a.unit.id, role: "LEAD", active: true } })).toBe(1);
  });

  it("keeps the last active admin from disabling or demoting themselves", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    await expect(setUserActive(admin, admin.id, false)).rejects.toMatchObject({ code: "lastAdmin" });
    await expect(changeStaffRole(admin, admin.id, { role: "OFFICER", unitId: a.unit.id })).rejects.toMatchObject({ code: "lastAdmin" });
    expect(await loadPrincipal(admin.id, 0)).toMatchObject({ role: "ADMIN" });

    // A disabled admin does not count: another admin must be active.
    const other = await makeUser(db, "ADMIN");
    await db.user.update({ where: { id: other.id }, data: { active: false } });
    await expect(setUserActive(admin, admin.id, false)).rejects.toMatchObject({ code: "lastAdmin" });
    await db.user.update({ where: { id: other.id }, data: { active: true } });
    await setUserActive(admin, admin.id, false);
    expect(await loadPrincipal(admin.id, 0)).toBeNull();
  });
});

describe("creating staff accounts", () => {
  it("creates an officer without a password and queues the password-set link as an email", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    const { userId, link } = await createStaffUser(admin, { email: "new.officer@test.local", name: "新民警", role: "OFFICER", unitId: a.unit.id }, now, ORIGIN);

    expect(link.startsWith(`${ORIGIN}/set-password/`)).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "OFFICER", unitId: a.unit.id, passwordHash: null, active: true });
    const mail = await db.outbox.findFirstOrThrow({ where: { to: "new.officer@test.local" } });
    // The email waits with a placeholder; the link itself is sealed until the sender opens it.
    expect(mail.body).not.toContain(tokenOf(link));
    expect(messageWithLink(mail.body, mail.sealedLink)).toContain(link);
    expect(mail.status).toBe("PENDING");
    // Only the digest is stored: the token itself appears nowhere in the token table.
    const stored = await db.userToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(tokenOf(link));

    await expect(
      createStaffUser(admin, { email: "new.officer@test.local", name: "重复", role: "ADMIN", unitId: undefined }, now, ORIGIN),
    ).rejects.toMatchObject({ code: "emailTaken" });
  });

  it("is for admins only, and so is the list of people", async () => {
    const db = testDb();
    const a = await makeTeam(db);
    const lead = await principalOf(db, a.lead.id);
    await expect(createStaffUser(lead, { email: "x@test.local", name: "x", role: "OFFICER", unitId: a.unit.id }, now, ORIGIN)).rejects.toThrow(NotFoundError);
    await expect(setUserActive(lead, a.officer.id, false)).rejects.toThrow(NotFoundError);
    await expect(listUsers(lead, {})).rejects.toThrow(NotFoundError);
  });
});

describe("the list of people", () => {
  it("filters by role, unit, enterprise and active, searches name and email, and pages by keyset without repeats", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const a = await makeTeam(db);
    for (let i = 0; i < 5; i++) await makeUser(db, "OFFICER", { unitId: a.unit.id });
    await db.user.update({ where: { id: a.officer.id }, data: { active: false } });

    const officers = await listUsers(admin, { role: "OFFICER", unitId: a.unit.id, active: true });
    expect(officers.rows).toHaveLength(5);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listUsers(admin, { unitId: a.unit.id, cursor }, 2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);

    const byEmail = await listUsers(admin, { q: a.lead.email.toUpperCase() });
    expect(byEmail.rows.map((r) => r.id)).toEqual([a.lead.id]);

    const enterprise = await makeEnterprise(db, a.township.id, { name: "义乌市乔亭五金制品有限公司" });
    const staff = await makeUser(db, "ENTERPRISE", { enterpriseId: enterprise.id });
    expect((await listUsers(admin, { q: "乔亭五金" })).rows.map((r) => r.id)).toEqual([staff.id]);
    expect((await listUsers(admin, { enterpriseId: enterprise.id })).rows.map((r) => r.id)).toEqual([staff.id]);

    // The enterprise filter takes part of a company's name or its whole USCC, and nobody else's staff.
    const other = await makeEnterprise(db, a.township.id, { name: "义乌市佛堂小商品贸易有限公司" });
    await makeUser(db, "ENTERPRISE", { enterpriseId: other.id });
    expect((await listUsers(admin, { enterprise: " 乔亭五金 " })).rows.map((r) => r.id)).toEqual([staff.id]);
    expect((await listUsers(admin, { enterprise: enterprise.uscc.toLowerCase() })).rows.map((r) => r.id)).toEqual([staff.id]);
    expect((await listUsers(admin, { enterprise: enterprise.uscc.slice(0, 10) })).rows).toEqual([]);
  });
});
