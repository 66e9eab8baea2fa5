import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import { checkNewPassword } from "./password-policy";
import { hashToken } from "./token";

async function findLiveLink(token: string, now: Date) {
  if (!token || token.length > 200) return null;
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
  if (!row || row.purpose !== "PASSWORD_SET" || row.usedAt || row.expiresAt <= now || !row.user?.active) return null;
  return { tokenId: row.id, user: row.user };
}

/** The account a password-set link is for, or null when the link is unknown, used, expired or the account disabled. */
export async function checkPasswordLink(token: string, now: Date): Promise<{ email: string } | null> {
  const live = await findLiveLink(token, now);
  return live ? { email: live.user.email } : null;
}

/**
 * Sets the account's password through a link, which then stops working. Two tabs submitting the same
 * link at once: the single conditional update lets exactly one through.
 */
export async function setPasswordWithLink(token: string, password: string, now: Date): Promise<{ email: string }> {
  const live = await findLiveLink(token, now);
  if (!live) throw new ValidationError({ token: ["linkInvalid"] });
  const problem = checkNewPassword(password, live.user);
  if (problem) throw new ValidationError({ password: [problem] });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({ where: { id: live.tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new ValidationError({ token: ["linkInvalid"] });
    // Any session opened with an earlier password ends: this link is also how a lost password is replaced.
    await tx.user.update({ where: { id: live.user.id }, data: { passwordHash, tokenVersion: { increment: 1 } } });
  });
  return { email: live.user.email };
}
