import { messageWithLink } from "@/lib/account/link-seal";
import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { RESET_LINK_TTL_MS, requestPasswordReset } from "@/lib/account/password-reset";
import { checkPasswordLink, setPasswordWithLink } from "@/lib/account/set-password";
import { hashToken } from "@/lib/account/token";
import { resetDb, testDb } from "./db";
import { makeUser } from "../fixtures/factory";
import { ORIGIN, tokenOf } from "../fixtures/admin";

const db = testDb();
const asked = new Date("2026-03-02T02:00:00Z");
const later = (ms: number) => new Date(asked.getTime() + ms);
const MIN = 60_000;

beforeEach(() => resetDb());

const mails = (to: string) => db.outbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
// The stored body holds no working link (issue 12: links are secrets); the sender opens the sealed one.
const linkIn = (mail: { body: string; sealedLink: string | null }) => {
  expect(mail.body).not.toMatch(/\/set-password\/[A-Za-z0-9_-]{20,}/);
  return /https?:\/\/\S+\/set-password\/\S+/.exec(messageWithLink(mail.body, mail.sealedLink))?.[0] ?? "";
};

describe("forgot password", () => {
  it("mails a single-use link that lives half an hour, stored only as its hash", async () => {
    const user = await makeUser(db, "OFFICER");
    await requestPasswordReset(`  ${user.email.toUpperCase()} `, asked, ORIGIN);
    const [mail] = await mails(user.email);
    const token = tokenOf(linkIn(mail!));
    expect(token).not.toBe("");
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - asked.getTime()).toBe(RESET_LINK_TTL_MS);

    expect(await checkPasswordLink(token, later(RESET_LINK_TTL_MS + 1))).toBeNull();
    await setPasswordWithLink(token, "trucks keep rolling", later(10 * MIN));
    expect(await authenticate(user.email, "trucks keep rolling")).toMatchObject({ id: user.id });
    await expect(setPasswordWithLink(token, "another long secret", later(11 * MIN))).rejects.toMatchObject({ fieldErrors: { token: ["linkInvalid"] } });
  });

  it("sends nothing for an unknown or disabled address, and one link per few minutes however often it is asked", async () => {
    await requestPasswordReset("nobody@nowhere.test", asked, ORIGIN);
    const disabled = await makeUser(db, "ENTERPRISE");
    await db.user.update({ where: { id: disabled.id }, data: { active: false } });
    await requestPasswordReset(disabled.email, asked, ORIGIN);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.userToken.count()).toBe(0);

    const user = await makeUser(db, "ENTERPRISE");
    await Promise.all([requestPasswordReset(user.email, asked, ORIGIN), requestPasswordReset(user.email, asked, ORIGIN)]);
    await requestPasswordReset(user.email, later(MIN), ORIGIN);
    expect(await mails(user.email)).toHaveLength(1);
    // Later, a new link replaces the old one: only the newest works.
    await requestPasswordReset(user.email, later(5 * MIN), ORIGIN);
    const all = await mails(user.email);
    expect(all).toHaveLength(2);
    expect(await checkPasswordLink(tokenOf(linkIn(all[0]!)), later(6 * MIN))).toBeNull();
    expect(await checkPasswordLink(tokenOf(linkIn(all[1]!)), later(6 * MIN))).toEqual({ email: user.email });
  });
});
