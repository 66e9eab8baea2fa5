import "server-only";
import type { Tx } from "@/lib/db";
import { wordsFor } from "@/lib/messages/translate";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { LINK_PLACEHOLDER, sealLink } from "./link-seal";
import { hashToken, newToken } from "./token";

/** How long a password-set link works: long enough to hand over across a weekend. */
export const PASSWORD_LINK_TTL_MS = 72 * 60 * 60 * 1000;

type LinkUser = { id: string; email: string; locale: string | null };
/** A link the person asked for themselves ("forgot password") lives shorter and says so in its email. */
export type LinkKind = { ttlMs: number; email: "admin.passwordEmail" | "auth.resetEmail" };
const ADMIN_LINK: LinkKind = { ttlMs: PASSWORD_LINK_TTL_MS, email: "admin.passwordEmail" };

/**
 * Creates a single-use link for the person to choose their own password, replacing any earlier unused
 * one, and queues it as an email (the outbox) whose link is sealed until it is sent. Returns the link so
 * the admin can hand it over once.
 */
export async function issuePasswordLink(tx: Tx, user: LinkUser, issuedById: string, now: Date, origin: string, kind: LinkKind = ADMIN_LINK): Promise<string> {
  await tx.userToken.updateMany({
    where: { userId: user.id, purpose: "PASSWORD_SET", usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + kind.ttlMs);
  await tx.userToken.create({
    data: { purpose: "PASSWORD_SET", tokenHash: hashToken(token), userId: user.id, email: user.email, issuedById, expiresAt },
  });
  const link = `${origin.replace(/\/+$/, "")}/set-password/${token}`;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const t = wordsFor(locale, kind.email);
  await tx.outbox.create({
    data: {
      channel: "EMAIL",
      to: user.email,
      subject: t("subject"),
      body: t("body", { link: LINK_PLACEHOLDER, hours: kind.ttlMs / 3_600_000, minutes: kind.ttlMs / 60_000 }),
      sealedLink: sealLink(link),
    },
  });
  return link;
}
