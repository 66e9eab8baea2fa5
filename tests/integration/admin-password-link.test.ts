import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadPrincipal } from "@/lib/auth/principal";
import { PASSWORD_LINK_TTL_MS } from "@/lib/account/password-link";
import { createStaffUser, sendPasswordLink, setUserActive } from "@/lib/admin/user-changes";
import { checkPasswordLink, setPasswordWithLink } from "@/lib/account/set-password";
import { ValidationError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeUser } from "../fixtures/factory";
import { ORIGIN, makeAdminPrincipal, makeTeam, tokenOf } from "../fixtures/admin";

const issuedAt = new Date("2026-03-02T02:00:00Z");
const later = (ms: number) => new Date(issuedAt.getTime() + ms);
const PASSWORD = "trucks keep rolling";

beforeEach(() => resetDb());

async function newOfficerLink() {
  const db = testDb();
  const admin = await makeAdminPrincipal(db);
  const team = await makeTeam(db);
  const { userId, link } = await createStaffUser(admin, { email: "fresh@test.local", name: "新同事", role: "OFFICER", unitId: team.unit.id }, issuedAt, ORIGIN);
  return { admin, userId, token: tokenOf(link) };
}

describe("a password-set link", () => {
  it("sets the password once; the same link then no longer works", async () => {
    const { token } = await newOfficerLink();
    expect(await checkPasswordLink(token, later(60_000))).toEqual({ email: "fresh@test.local" });
    // Neither the token table nor the outbox holds the working link: only its hash, and a sealed copy.
    expect(JSON.stringify(await testDb().outbox.findMany())).not.toContain(token);
    expect(JSON.stringify(await testDb().userToken.findMany())).not.toContain(token);

    await setPasswordWithLink(token, PASSWORD, later(60_000));
    expect(await authenticate("fresh@test.local", PASSWORD)).toMatchObject({ role: "OFFICER" });

    expect(await checkPasswordLink(token, later(120_000))).toBeNull();
    await expect(setPasswordWithLink(token, "another long secret", later(120_000))).rejects.toMatchObject({ fieldErrors: { token: ["linkInvalid"] } });
    expect(await authenticate("fresh@test.local", "another long secret")).toBeNull();
  });

  it("expires after 72 hours", async () => {
    const { token } = await newOfficerLink();
    expect(await checkPasswordLink(token, later(PASSWORD_LINK_TTL_MS - 1000))).not.toBeNull();
    expect(await checkPasswordLink(token, later(PASSWORD_LINK_TTL_MS))).toBeNull();
    await expect(setPasswordWithLink(token, PASSWORD, later(PASSWORD_LINK_TTL_MS + 1))).rejects.toThrow(ValidationError);
    expect(await authenticate("fresh@test.local", PASSWORD)).toBeNull();
  });

  it("refuses a weak password without using up the link", async () => {
    const { token } = await newOfficerLink();
    await expect(setPasswordWithLink(token, "short", later(1000))).rejects.toMatchObject({ fieldErrors: { password: ["tooShort"] } });
    await expect(setPasswordWithLink(token, "1234567890", later(1000))).rejects.toMatchObject({ fieldErrors: { password: ["common"] } });
    await setPasswordWithLink(token, PASSWORD, later(2000));
    expect(await authenticate("fresh@test.local", PASSWORD)).not.toBeNull();
  });

  it("works for exactly one of two simultaneous submissions", async () => {
    const { token } = await newOfficerLink();
    const results = await Promise.allSettled([
      setPasswordWithLink(token, "first long password", later(1000)),
      setPasswordWithLink(token, "second long password", later(1000)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("stops working when a newer link is sent or the account is disabled, and unknown tokens do nothing", async () => {
    const { admin, userId, token } = await newOfficerLink();
    const { link } = await sendPasswordLink(admin, userId, later(1000), ORIGIN);
    expect(await checkPasswordLink(token, later(2000))).toBeNull();
    expect(await checkPasswordLink(tokenOf(link), later(2000))).not.toBeNull();
    expect(await testDb().outbox.count({ where: { to: "fresh@test.local" } })).toBe(2);

    await setUserActive(admin, userId, false);
    expect(await checkPasswordLink(tokenOf(link), later(3000))).toBeNull();
    expect(await checkPasswordLink("not-a-real-token", later(3000))).toBeNull();
  });

  it("replaces a forgotten password and ends the sessions opened with the old one", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const team = await makeTeam(db);
    const officer = await makeUser(db, "OFFICER", { unitId: team.unit.id, passwordHash: await hashPassword("the old long password") });
    const { link } = await sendPasswordLink(admin, officer.id, issuedAt, ORIGIN);
    await setPasswordWithLink(tokenOf(link), PASSWORD, later(1000));
    expect(await loadPrincipal(officer.id, 0)).toBeNull();
    expect(await authenticate(officer.email, "the old long password")).toBeNull();
    expect(await authenticate(officer.email, PASSWORD)).toMatchObject({ tokenVersion: 1 });
  });
});
