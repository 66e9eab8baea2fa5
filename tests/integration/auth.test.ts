import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { UNREAD_CAP, loadSession } from "@/lib/auth/principal";
import { revokeSession } from "@/lib/auth/revocation";
import { newMark } from "@/lib/auth/session-mark";
import { recordSignInFailure, signInHeldUntil } from "@/lib/auth/throttle";
import { listSignInLocks, liftSignInLock } from "@/lib/admin/sign-in-locks";
import { NotFoundError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";

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
  const principal = async (userId: string, tokenVersion: number, sid = "one-sign-in") => (await loadSession(userId, tokenVersion, sid))?.principal ?? null;

  it("follows role and unit changes on the next request, and stops when the user is disabled or signed out elsewhere", async () => {
    const db = testDb();
    const a = await makeTownshipUnit(db);
    const b = await makeTownshipUnit(db);
    const user = await makeUser(db, "OFFICER", { unitId: a.unit.id });

    expect(await principal(user.id, 0)).toMatchObject({ role: "OFFICER", unitId: a.unit.id });

    await db.user.update({ where: { id: user.id }, data: { role: "LEAD", unitId: b.unit.id } });
    expect(await principal(user.id, 0)).toMatchObject({ role: "LEAD", unitId: b.unit.id, unit: { code: b.unit.code } });

    await db.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
    expect(await principal(user.id, 0)).toBeNull();
    expect(await principal(user.id, 1)).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await principal(user.id, 1)).toBeNull();
  });

  it("signing out ends that sign-in for good, even if a copy of its cookie comes back, and no other", async () => {
    const db = testDb();
    const user = await makeUser(db, "OFFICER", { unitId: (await makeTownshipUnit(db)).unit.id });
    const now = new Date("2026-11-29T02:00:00Z");
    const phone = newMark(new Date("2026-11-29T01:00:00Z"));
    const desk = newMark(new Date("2026-11-29T01:30:00Z"));
    expect(await principal(user.id, 0, phone.sid)).not.toBeNull();

    await revokeSession(phone, now);
    await revokeSession(phone, now); // a second click on "sign out" changes nothing
    expect(await principal(user.id, 0, phone.sid)).toBeNull();
    expect(await principal(user.id, 0, desk.sid)).toMatchObject({ id: user.id });
    expect(await db.revokedSession.count({ where: { sid: phone.sid } })).toBe(1);

    // Past its twelve hours a session ends anyway (markLive), so its sign-out is forgotten at the next one.
    const later = new Date("2026-11-29T14:00:00Z");
    await revokeSession(desk, later);
    expect(await db.revokedSession.count({ where: { sid: phone.sid } })).toBe(0);
  });

  it("brings the header's unread count along: the person's own unread notifications, up to the badge's cap", async () => {
    const db = testDb();
    const unitId = (await makeTownshipUnit(db)).unit.id;
    const user = await makeUser(db, "OFFICER", { unitId });
    const other = await makeUser(db, "OFFICER", { unitId });
    const notify = (userId: string, n: number, readAt: Date | null = null) =>
      db.notification.createMany({ data: Array.from({ length: n }, () => ({ userId, kind: "CASE_ASSIGNED", params: {}, readAt })) });
    await notify(user.id, 3);
    await notify(user.id, 2, new Date());
    await notify(other.id, 4);
    expect((await loadSession(user.id, 0, "s"))?.unread).toBe(3);
    await notify(user.id, UNREAD_CAP + 20);
    expect((await loadSession(user.id, 0, "s"))?.unread).toBe(UNREAD_CAP);
  });
});

describe("sign-in throttling (audit: 50 wrong passwords took 1.3 s and the right one then worked)", () => {
  const T0 = new Date("2026-11-30T08:00:00Z");
  const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

  it("holds an account back after failures and locks it at the tenth, whatever address tries; the lock ends or an admin lifts it", async () => {
    const db = testDb();
    await resetDb(db);
    const { unit } = await makeTownshipUnit(db);
    const user = await makeUser(db, "OFFICER", { unitId: unit.id, passwordHash: await hashPassword("correct horse battery") });
    const other = await makeUser(db, "OFFICER", { unitId: unit.id, passwordHash: await hashPassword("another horse battery") });

    for (let i = 0; i < 10; i++) expect(await authenticate(user.email, `wrong ${i}`, "203.0.113.7", at(i))).toBeNull();
    // The right password now gets the same refusal, from this address and from anywhere else.
    expect(await authenticate(user.email, "correct horse battery", "203.0.113.7", at(11))).toBeNull();
    expect(await authenticate(user.email, "correct horse battery", "198.51.100.1", at(12))).toBeNull();
    const held = await signInHeldUntil(user.email, "198.51.100.1", at(12));
    expect(held!.getTime()).toBeGreaterThanOrEqual(at(12 + 14 * 60).getTime());
    // A colleague behind the same address is not locked out by someone else's typing.
    expect(await authenticate(other.email, "another horse battery", "203.0.113.7", at(13))).toMatchObject({ id: other.id });

    // The admin sees the lock, lifts it, and it is audited.
    const admin = await principalOf(db, (await makeUser(db, "ADMIN")).id);
    const locks = await listSignInLocks(admin, at(20));
    expect(locks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "account", subject: user.email })]));
    await expect(listSignInLocks(await principalOf(db, user.id), at(20))).rejects.toBeInstanceOf(NotFoundError);
    await liftSignInLock(admin, `account:${user.email}`);
    expect(await authenticate(user.email, "correct horse battery", "198.51.100.1", at(21))).toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { action: "signIn.unlock" } })).toBe(1);
  });

  it("lets the lock run out on its own, and a success forgets the account's earlier failures", async () => {
    const db = testDb();
    await resetDb(db);
    const user = await makeUser(db, "ADMIN", { passwordHash: await hashPassword("correct horse battery") });
    for (let i = 0; i < 10; i++) await authenticate(user.email, "nope", "192.0.2.1", at(i));
    expect(await authenticate(user.email, "correct horse battery", "192.0.2.1", at(60))).toBeNull();
    expect(await authenticate(user.email, "correct horse battery", "192.0.2.1", at(16 * 60 + 60))).toMatchObject({ id: user.id });
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull();
  });

  it("counts attempts from parallel instances, so a burst cannot slip through between them", async () => {
    const db = testDb();
    await resetDb(db);
    const user = await makeUser(db, "ADMIN", { passwordHash: await hashPassword("correct horse battery") });
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordSignInFailure(user.email, "192.0.2.9", at(i % 2))));
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } })).failures).toBe(12);
    expect(await authenticate(user.email, "correct horse battery", "192.0.2.50", at(5))).toBeNull();
  });
});
