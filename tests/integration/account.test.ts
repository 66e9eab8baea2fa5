import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { loadPrincipal } from "@/lib/auth/principal";
import { changePassword, signOutOtherSessions } from "@/lib/account/security";
import { getProfile, updateProfile } from "@/lib/account/profile";
import { resetDb, testDb } from "./db";
import { makeEnterprise, makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";

const OLD = "the old long password";

beforeEach(() => resetDb());

async function enterpriseStaff() {
  const db = testDb();
  const { township } = await makeTownshipUnit(db);
  const enterprise = await makeEnterprise(db, township.id);
  const user = await makeUser(db, "ENTERPRISE", { enterpriseId: enterprise.id, passwordHash: await hashPassword(OLD) });
  return principalOf(db, user.id);
}

describe("changing one's password", () => {
  it("needs the current password, follows the policy, and ends every session issued before", async () => {
    const me = await enterpriseStaff();
    await expect(changePassword(me, "wrong password", "a brand new passphrase")).rejects.toMatchObject({ fieldErrors: { currentPassword: ["wrongPassword"] } });
    await expect(changePassword(me, OLD, "short")).rejects.toMatchObject({ fieldErrors: { newPassword: ["tooShort"] } });
    await expect(changePassword(me, OLD, "password123")).rejects.toMatchObject({ fieldErrors: { newPassword: ["common"] } });
    expect(await loadPrincipal(me.id, 0)).not.toBeNull();

    await changePassword(me, OLD, "a brand new passphrase");
    expect(await loadPrincipal(me.id, 0)).toBeNull();
    expect(await authenticate(me.email, OLD)).toBeNull();
    expect(await authenticate(me.email, "a brand new passphrase")).toMatchObject({ tokenVersion: 1 });
  });
});

describe("signing out of other sessions", () => {
  it("needs the current password and invalidates every earlier session", async () => {
    const me = await enterpriseStaff();
    await expect(signOutOtherSessions(me, "not my password")).rejects.toMatchObject({ fieldErrors: { currentPassword: ["wrongPassword"] } });
    expect(await loadPrincipal(me.id, 0)).not.toBeNull();
    await signOutOtherSessions(me, OLD);
    expect(await loadPrincipal(me.id, 0)).toBeNull();
    // The browser that asked signs in again and gets the new version.
    expect(await authenticate(me.email, OLD)).toMatchObject({ tokenVersion: 1 });
  });
});

describe("the profile", () => {
  it("keeps name, phone and language on the account, where the next session reads them", async () => {
    const me = await enterpriseStaff();
    await updateProfile(me, { name: "王小明", phone: "13912345678", locale: "en" });
    expect(await getProfile(me)).toMatchObject({ name: "王小明", phone: "13912345678", locale: "en" });
    expect(await loadPrincipal(me.id, 0)).toMatchObject({ name: "王小明", locale: "en" });
    await updateProfile(me, { name: "王小明", phone: undefined, locale: "zh-CN" });
    expect(await getProfile(me)).toMatchObject({ phone: null, locale: "zh-CN" });
  });
});
