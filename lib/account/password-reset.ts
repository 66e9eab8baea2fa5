import "server-only";
import { db } from "@/lib/db";
import { issuePasswordLink } from "./password-link";

/** A reset link works for half an hour: long enough to open the mail, short enough that an old mail is harmless. */
export const RESET_LINK_TTL_MS = 30 * 60 * 1000;
/** One link per account per few minutes, so the form cannot be used to flood someone's mailbox. */
const RESET_COOLDOWN_MS = 2 * 60 * 1000;

/**
 * "Forgot password": queues a single-use, short-lived set-password link (the same machinery as the admin's,
 * token stored only as its hash) to an active account with this email. The caller answers the same
 * whatever happened, so the form tells nobody which addresses have accounts.
 */
export async function requestPasswordReset(email: string, now: Date, origin: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, locale: true, active: true } });
    if (!user?.active) return;
    // Locks the person's row: two requests at once issue one link, not two.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    // Judged by expiry (issued at + TTL), which follows the `now` the link was issued at.
    const recent = await tx.userToken.count({
      where: {
        userId: user.id,
        purpose: "PASSWORD_SET",
        issuedById: user.id,
        expiresAt: { gt: new Date(now.getTime() - RESET_COOLDOWN_MS + RESET_LINK_TTL_MS) },
      },
    });
    if (recent > 0) return;
    await issuePasswordLink(tx, user, user.id, now, origin, { ttlMs: RESET_LINK_TTL_MS, email: "auth.resetEmail" });
  });
}
