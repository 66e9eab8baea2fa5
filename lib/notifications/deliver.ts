import "server-only";
import nodemailer from "nodemailer";
import { messageWithLink } from "@/lib/account/link-seal";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { appOrigin } from "@/lib/http/origin";
import { emailContent } from "./email-content";
import { allowedAt } from "./quiet-hours";
import { noticeParams } from "./kinds";
import { NO_PROVIDER } from "./sms/log";
import { smsMessage } from "./sms/message";
import type { SmsProvider, SmsResult } from "./sms/provider";
import { errorProp } from "@/lib/errors";

export type Mailer = { sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<{ messageId?: string } | unknown> };
export type Senders = { mailer: Mailer | null; sms: SmsProvider | null; from?: string; origin?: string };

/** Tries per message before a temporary failure is given up. */
export const MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a worker that died mid-send: the row may be taken again. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
const BATCH = 20;

/** 1, 2, 4, 8 … minutes after the n-th failed try, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** The SMTP transport when SMTP_URL is set; without it e-mails are marked "not sent: no provider". */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer | null {
  return env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
}

type Claimed = {
  id: string;
  channel: string;
  to: string;
  subject: string;
  body: string;
  sealedLink: string | null;
  kind: string | null;
  params: unknown;
  locale: string | null;
  attempts: number;
};

/**
 * Takes up to BATCH due rows of the given channels for this worker alone: the row lock with SKIP LOCKED
 * lets a second worker pass over them, and the status flip to SENDING keeps them out of every later
 * claim, so each message is handed to a provider once.
 */
async function claim(db: Db, channels: string[], now: Date): Promise<Claimed[]> {
  if (channels.length === 0) return [];
  const stale = new Date(now.getTime() - STALE_CLAIM_MS);
  return db.$queryRaw<Claimed[]>`
    UPDATE "Outbox" SET status = 'SENDING', "claimedAt" = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Outbox"
      WHERE channel IN (${Prisma.join(channels)})
        AND ((status = 'PENDING' AND "sendAfter" <= ${now}) OR (status = 'SENDING' AND "claimedAt" < ${stale}))
      ORDER BY "sendAfter", id LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, channel, "to", subject, body, "sealedLink", kind, params, locale, attempts`;
}

type Outcome = SmsResult & { provider: string };

/** Records what the provider said: sent, retried later, given up, failed for good, or no provider. */
async function settle(db: Db, row: Claimed, outcome: Outcome, now: Date): Promise<void> {
  const where = { id: row.id, status: "SENDING" as const, claimedAt: now };
  if (outcome.ok) {
    await db.outbox.updateMany({
      where,
      data: { status: "SENT", sentAt: now, provider: outcome.provider, providerId: outcome.providerId, providerCode: null, lastError: null, sealedLink: null },
    });
    return;
  }
  const base = { provider: outcome.provider, providerCode: outcome.code.slice(0, 100), lastError: outcome.message.slice(0, 500) || outcome.code };
  if (outcome.code === NO_PROVIDER) {
    await db.outbox.updateMany({ where, data: { ...base, status: "NOT_SENT" } });
  } else if (outcome.transient && row.attempts < MAX_ATTEMPTS) {
    const retryAt = new Date(now.getTime() + backoffMs(row.attempts));
    const quiet = row.channel === "SMS" ? noticeParams(row.params).quiet : undefined;
    await db.outbox.updateMany({ where, data: { ...base, status: "PENDING", sendAfter: allowedAt(retryAt, quiet) } });
  } else {
    await db.outbox.updateMany({ where, data: { ...base, status: outcome.transient ? "GIVEN_UP" : "FAILED" } });
  }
}

/** SMTP replies 4xx for "try later" and 5xx for "never"; a connection problem is worth another try. */
function mailFailure(err: unknown): SmsResult {
  const said = errorProp(err, "message");
  const message = (typeof said === "string" ? said : String(err)).slice(0, 500);
  const responseCode = errorProp(err, "responseCode");
  if (typeof responseCode === "number") return { ok: false, code: `SMTP_${responseCode}`, message, transient: responseCode < 500 };
  const code = errorProp(err, "code");
  return { ok: false, code: typeof code === "string" ? code : "SMTP", message, transient: true };
}

async function sendOne(row: Claimed, senders: Senders, origin: string, from: string): Promise<Outcome> {
  if (row.channel === "SMS") {
    const provider = senders.sms;
    if (!provider) return { ok: false, code: NO_PROVIDER, message: "no SMS provider", transient: false, provider: "none" };
    const message = smsMessage(row.kind ?? "", row.params, row.locale, origin);
    return { ...(await provider.send({ to: row.to, template: message.template, params: message.params, outboxId: row.id })), provider: provider.name };
  }
  if (!senders.mailer) return { ok: false, code: NO_PROVIDER, message: "SMTP_URL is not set", transient: false, provider: "none" };
  try {
    const { subject, text } = emailContent(row, origin);
    // A sealed link (lib/account/link-seal.ts) is opened only here, and forgotten once the e-mail is out.
    const info = (await senders.mailer.sendMail({ from, to: row.to, subject, text: messageWithLink(text, row.sealedLink) })) as
      { messageId?: string } | undefined;
    return { ok: true, providerId: info?.messageId ?? "", provider: "smtp" };
  } catch (err) {
    return { ...mailFailure(err), provider: "smtp" };
  }
}

/**
 * Sends what is due in the outbox, e-mail and text alike, and records each outcome on its row. Safe
 * with any number of workers at once (see claim). Returns how many went out.
 */
export async function deliverOutbox(db: Db, senders: Senders, now = new Date()): Promise<number> {
  const origin = senders.origin ?? appOrigin();
  const from = senders.from ?? process.env.MAIL_FROM ?? "Resumption Desk <no-reply@resumption-desk.local>";
  const rows = await claim(db, ["EMAIL", "SMS"], now);
  let sent = 0;
  for (const row of rows) {
    const outcome = await sendOne(row, senders, origin, from);
    await settle(db, row, outcome, now);
    if (outcome.ok) sent += 1;
  }
  return sent;
}
