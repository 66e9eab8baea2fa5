import nodemailer from "nodemailer";
import { messageWithLink } from "@/lib/account/link-seal";
import type { Db } from "@/lib/db";

export type Mailer = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown> };

const MAX_ATTEMPTS = 5;

/** The SMTP transport when SMTP_URL is set; without it emails stay in the outbox for an admin to read. */
export function mailerFromEnv(env = process.env): Mailer | null {
  return env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
}

/**
 * Sends pending emails. Rows are locked while they are sent (FOR UPDATE SKIP LOCKED), so a second
 * worker takes other rows and no email goes out twice. A failure is kept on the row and retried on a
 * later run, up to MAX_ATTEMPTS. Text messages (channel SMS) have no gateway here and stay pending.
 */
export async function deliverOutbox(db: Db, mailer: Mailer, now = new Date(), from = process.env.MAIL_FROM ?? "Resumption Desk <no-reply@resumption-desk.local>"): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; to: string; subject: string; body: string; sealedLink: string | null; attempts: number }[]>`
        SELECT id, "to", subject, body, "sealedLink", attempts FROM "Outbox"
        WHERE status = 'PENDING' AND channel = 'EMAIL' AND attempts < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT 20 FOR UPDATE SKIP LOCKED`;
      let sent = 0;
      for (const row of rows) {
        try {
          // The link is opened only here, and forgotten once the email is out.
          await mailer.sendMail({ from, to: row.to, subject: row.subject, text: messageWithLink(row.body, row.sealedLink) });
          await tx.outbox.update({ where: { id: row.id }, data: { status: "SENT", sentAt: now, attempts: { increment: 1 }, lastError: null, sealedLink: null } });
          sent += 1;
        } catch (err) {
          const attempts = row.attempts + 1;
          const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 500);
          await tx.outbox.update({ where: { id: row.id }, data: { attempts, lastError, status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING" } });
        }
      }
      return sent;
    },
    { timeout: 120_000 },
  );
}
