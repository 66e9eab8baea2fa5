import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadPrincipal } from "@/lib/auth/principal";
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
});
