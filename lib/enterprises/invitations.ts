import "server-only";
import type { Principal } from "@/lib/auth/types";
import { hashPassword } from "@/lib/auth/password";
import { LINK_PLACEHOLDER, sealLink } from "@/lib/account/link-seal";
import { hashToken, newToken } from "@/lib/account/token";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { wordsFor } from "@/lib/messages/translate";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { passwordError } from "./schemas";
import { tellAccountOwner } from "./tell-owner";

/** An invitation works for a week, then the colleague asks for a new one. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function staffOf(p: Principal): string {
  if (p.role !== "ENTERPRISE" || !p.enterpriseId) throw new ForbiddenError("enterprise_only");
  return p.enterpriseId;
}

/**
 * A single-use, expiring link for a colleague to join the person's enterprise. Only the token's hash
 * is stored; the link goes to the colleague's email (the outbox) and is shown once to the inviter.
 */
export async function createInvitation(p: Principal, email: string, origin: string, now = new Date()): Promise<{ link: string }> {
  const enterpriseId = staffOf(p);
  return db.$transaction(async (tx) => {
    const enterprise = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { name: true } });
    const base = origin.replace(/\/+$/, "");
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      // The form answers as for anyone else (a link that leads to "no longer works"), so it reveals no
      // account; the account's owner is told by email instead.
      await tellAccountOwner(tx, email, "invite", { inviter: p.name, enterprise: enterprise.name, loginUrl: `${base}/login` }, now);
      return { link: `${base}/invite/${newToken()}` };
    }
    // A new invitation replaces an unused earlier one to the same address: one live link per person.
    await tx.userToken.updateMany({ where: { purpose: "INVITATION", enterpriseId, email, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const token = newToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    await tx.userToken.create({
      data: { purpose: "INVITATION", tokenHash: hashToken(token), enterpriseId, email, issuedById: p.id, expiresAt, createdAt: now },
    });
    const link = `${base}/invite/${token}`;
    const locale = isLocale(p.locale) ? p.locale : DEFAULT_LOCALE;
    const t = wordsFor(locale, "enterprise.invite.email");
    const values = { enterprise: enterprise.name, inviter: p.name, link: LINK_PLACEHOLDER, days: INVITATION_TTL_MS / 86_400_000 };
    await tx.outbox.create({
      data: { channel: "EMAIL", to: email, subject: t("subject", values), body: t("body", values), sealedLink: sealLink(link), createdAt: now },
    });
    return { link };
  });
}

async function findLiveInvitation(token: string, now: Date) {
  if (!token || token.length > 200) return null;
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, email: true, usedAt: true, expiresAt: true, enterprise: { select: { id: true, name: true, status: true } } },
  });
  if (!row || row.purpose !== "INVITATION" || row.usedAt || row.expiresAt <= now || !row.email || !row.enterprise) return null;
  if (row.enterprise.status === "REJECTED") return null;
  return { tokenId: row.id, email: row.email, enterprise: row.enterprise };
}

/** What the invitation page shows, or null for an unknown, used or expired link. */
export async function lookupInvitation(token: string, now = new Date()): Promise<{ email: string; enterpriseName: string } | null> {
  const live = await findLiveInvitation(token, now);
  return live ? { email: live.email, enterpriseName: live.enterprise.name } : null;
}

/**
 * Creates the colleague's account from the invitation, which then stops working. Two tabs sending
 * the same link at once: the conditional update lets exactly one through.
 */
export async function acceptInvitation(token: string, input: { name: string; password: string }, now = new Date()): Promise<{ email: string }> {
  const live = await findLiveInvitation(token, now);
  if (!live) throw new ValidationError({ token: ["linkInvalid"] });
  const problem = passwordError(input.password, { email: live.email, name: input.name });
  if (problem) throw new ValidationError({ password: [problem] });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.userToken.updateMany({ where: { id: live.tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new ValidationError({ token: ["linkInvalid"] });
    if (await tx.user.findUnique({ where: { email: live.email }, select: { id: true } })) throw new ValidationError({ token: ["linkInvalid"] });
    const user = await tx.user.create({
      data: { email: live.email, name: input.name, role: "ENTERPRISE", enterpriseId: live.enterprise.id, passwordHash, createdAt: now },
      select: { id: true },
    });
    await tx.userToken.update({ where: { id: live.tokenId }, data: { userId: user.id } });
  });
  return { email: live.email };
}

/** Invitations of the person's enterprise still waiting to be used. */
export async function pendingInvitations(p: Principal, now = new Date()) {
  const enterpriseId = staffOf(p);
  return db.userToken.findMany({
    where: { purpose: "INVITATION", enterpriseId, usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, expiresAt: true, issuedBy: { select: { name: true } } },
  });
}
