import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadPrincipal } from "@/lib/auth/principal";
import { revokeSession, sessionHolds } from "@/lib/auth/revocation";
import { newMark } from "@/lib/auth/session-mark";
import { testDb } from "./db";
import { makeTownshipUnit, makeUser } from "../fixtures/factory";

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one, an unknown email and a disabled account alike", async () => {
    const db = testDb();
    const { unit } = await makeTownshipUnit(db);
    const user = await makeUser(db, "OFFICER", { unitId: unit.id, passwordHash: await hashPassword("correct horse battery") });

    const ok = await authenticate(user.email.toUpperCase(), "correct horse battery");
    expect(ok).toMatchObject({ id: user.id, role: "OFFICER", tokenVersion: 0 });
    expect(ok).not.toHaveProperty("passwordHash");

    expect(await authenticate(user.email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@test.local", "correct horse battery")).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(user.email, "correct horse battery")).toBeNull();
  });

  it("never returns password hashes from ordinary queries", async () => {
    const db = testDb();
    const user = await makeUser(db, "ADMIN", { passwordHash: await hashPassword("another long password") });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });
});

describe("a live session", () => {
  it("follows role and unit changes on the next request, and stops when the user is disabled or signed out elsewhere", async () => {
    const db = testDb();
    const a = await makeTownshipUnit(db);
    const b = await makeTownshipUnit(db);
    const user = await makeUser(db, "OFFICER", { unitId: a.unit.id });

    expect(await loadPrincipal(user.id, 0)).toMatchObject({ role: "OFFICER", unitId: a.unit.id });

    await db.user.update({ where: { id: user.id }, data: { role: "LEAD", unitId: b.unit.id } });
    expect(await loadPrincipal(user.id, 0)).toMatchObject({ role: "LEAD", unitId: b.unit.id, unit: { code: b.unit.code } });

    await db.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
    expect(await loadPrincipal(user.id, 0)).toBeNull();
    expect(await loadPrincipal(user.id, 1)).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadPrincipal(user.id, 1)).toBeNull();
  });

  it("signing out ends that sign-in for good, even if a copy of its cookie comes back, and no other", async () => {
    const db = testDb();
    const now = new Date("2026-11-29T02:00:00Z");
    const phone = newMark(new Date("2026-11-29T01:00:00Z"));
    const desk = newMark(new Date("2026-11-29T01:30:00Z"));
    expect(await sessionHolds(phone, now)).toBe(true);

    await revokeSession(phone, now);
    await revokeSession(phone, now); // a second click on "sign out" changes nothing
    expect(await sessionHolds(phone, now)).toBe(false);
    expect(await sessionHolds(desk, now)).toBe(true);
    expect(await db.revokedSession.count({ where: { sid: phone.sid } })).toBe(1);

    // Past its twelve hours a session ends anyway, so its sign-out is forgotten at the next one.
    const later = new Date("2026-11-29T14:00:00Z");
    expect(await sessionHolds(phone, later)).toBe(false);
    await revokeSession(desk, later);
    expect(await db.revokedSession.count({ where: { sid: phone.sid } })).toBe(0);
  });

  it("a session without its sign-in mark is not accepted", async () => {
    expect(await sessionHolds(null)).toBe(false);
  });
});
