import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import type { SmsProvider } from "@/lib/notifications/sms/provider";
import { clientKey } from "./client";
import { TRY_WINDOW_MS } from "./throttle";

// With an SMS provider configured, /track can also be opened with a one-time code texted to the
// enterprise's contact mobile: useful to someone who does not know the number's last digits by heart,
// and a key nobody can read off a business card.

export const CODE_TTL_MS = 10 * 60 * 1000;
const RESEND_MS = 60 * 1000;
const CODES_PER_DAY = 5;
const SENDS_PER_CLIENT = 5;

const codeHash = (requestId: string, code: string) => createHash("sha256").update(`${requestId}:${code}`).digest("hex");

export type SendCodeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Texts a fresh code for the reference to its enterprise's contact mobile. An unknown reference answers
 * exactly like a known one (nothing to learn about which exist); a reference gets at most one code a
 * minute and five a day, a client five requests per 15 minutes.
 */
export async function sendTrackCode(db: Db, sms: SmsProvider, input: { reference: string; client: string }, now = new Date()): Promise<SendCodeResult> {
  const reference = input.reference.trim().toUpperCase().slice(0, 40);
  const sendKey = `send:${clientKey(input.client)}`;
  type Plan = { wait: number } | { send: { code: string; reference: string; to: string; outboxId: string } } | null;
  const planned = await db.$transaction(async (tx): Promise<Plan> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`code:${reference}`}))`;
    const recent = await tx.trackAttempt.findMany({
      where: { key: sendKey, createdAt: { gt: new Date(now.getTime() - TRY_WINDOW_MS) } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (recent.length >= SENDS_PER_CLIENT) return { wait: recent[0]!.createdAt.getTime() + TRY_WINDOW_MS - now.getTime() };
    await tx.trackAttempt.create({ data: { key: sendKey, createdAt: now } });
    const request = await tx.request.findUnique({
      where: { reference },
      select: { id: true, reference: true, enterprise: { select: { contactPhone: true } } },
    });
    if (!request) return null;
    const codes = await tx.trackCode.findMany({
      where: { requestId: request.id, createdAt: { gt: new Date(now.getTime() - 24 * 3600_000) } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (codes[0] && codes[0].createdAt.getTime() + RESEND_MS > now.getTime()) return { wait: codes[0].createdAt.getTime() + RESEND_MS - now.getTime() };
    if (codes.length >= CODES_PER_DAY) return null;
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await tx.trackCode.create({
      data: { requestId: request.id, codeHash: codeHash(request.id, code), expiresAt: new Date(now.getTime() + CODE_TTL_MS), createdAt: now },
    });
    // The outbox keeps that a code went out, never the code.
    const row = await tx.outbox.create({
      data: {
        channel: "SMS",
        to: request.enterprise.contactPhone,
        subject: "TRACK_CODE",
        body: `/track ${request.reference}`,
        kind: "TRACK_CODE",
        status: "SENDING",
        claimedAt: now,
        attempts: 1,
        createdAt: now,
        sendAfter: now,
      },
    });
    return { send: { code, reference: request.reference, to: request.enterprise.contactPhone, outboxId: row.id } };
  });
  if (planned && "wait" in planned) return { ok: false, retryAfterSeconds: Math.ceil(planned.wait / 1000) };
  if (planned) {
    const { code, reference: ref, to, outboxId } = planned.send;
    const result = await sms.send({
      to,
      template: "TRACK_CODE",
      params: [
        ["reference", ref],
        ["code", code],
      ],
      outboxId,
    });
    await db.outbox.update({
      where: { id: outboxId },
      data: result.ok
        ? { status: "SENT", sentAt: now, provider: sms.name, providerId: result.providerId }
        : { status: "FAILED", provider: sms.name, providerCode: result.code.slice(0, 100), lastError: result.message.slice(0, 500) || result.code },
    });
  }
  return { ok: true };
}

/** True once for a live code of the request; the code is spent by it. */
export async function spendTrackCode(tx: Tx, requestId: string, code: string, now: Date): Promise<boolean> {
  const { count } = await tx.trackCode.updateMany({
    where: { requestId, codeHash: codeHash(requestId, code), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count > 0;
}
