import "server-only";
import type { RequestStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";
import { clientKey } from "./client";
import { spendTrackCode } from "./sms-code";
import { TRY_WINDOW_MS, waitAfter } from "./throttle";

// /track: a reference and the last four digits of the enterprise's contact mobile show where a case
// stands, without signing in. It shows no personal data — only the state, the unit, what happens next
// and by when — and wrong answers slow down (counted in PostgreSQL, so every web process agrees).

export type NextStep = "accept" | "work" | "answer" | "confirm" | "done";
export type TrackView = { reference: string; type: string; status: RequestStatus; unitZh: string; unitEn: string; step: NextStep; dueAt: string | null };
export type TrackResult = { found: true; view: TrackView } | { found: false; retryAfterSeconds: number };

const REFERENCE = /^YW-\d{4}-\d{6,}$/;

/** What the enterprise (or the team) does next, and the instant it is due by, if the clock runs. */
export function nextStep(r: { status: RequestStatus; firstResponseAt: Date | null; firstResponseDueAt: Date; dueAt: Date }): {
  step: NextStep;
  dueAt: Date | null;
} {
  switch (r.status) {
    case "SUBMITTED":
      return { step: "accept", dueAt: r.firstResponseAt ? r.dueAt : r.firstResponseDueAt };
    case "ACCEPTED":
    case "IN_PROGRESS":
      return { step: "work", dueAt: r.dueAt };
    case "NEEDS_INFO":
      return { step: "answer", dueAt: null }; // the clock is paused while the team waits on the enterprise
    case "RESOLVED":
      return { step: "confirm", dueAt: null };
    default:
      return { step: "done", dueAt: null };
  }
}

const digitsOf = (s: string) => s.replace(/\D/g, "");

/**
 * Checks a reference against the last four digits of its enterprise's contact mobile, or a six-digit
 * code texted to that mobile (sms-code.ts), which works once. Unknown
 * references and wrong digits answer the same. After a few wrong tries for the reference or from
 * the client, further tries wait, growing, and are not even checked until then.
 */
export async function checkStatus(db: Db, input: { reference: string; digits: string; client: string }, now = new Date()): Promise<TrackResult> {
  const reference = input.reference.trim().toUpperCase();
  const keys = [`ref:${reference.slice(0, 40)}`, clientKey(input.client)];
  return db.$transaction(async (tx) => {
    // One check at a time per reference, so parallel guesses cannot slip past the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${keys[0]}))`;
    const since = new Date(now.getTime() - TRY_WINDOW_MS);
    const waitUntil = async () => {
      const rows = await tx.trackAttempt.groupBy({
        by: ["key"],
        where: { key: { in: keys }, createdAt: { gt: since } },
        _count: { _all: true },
        _max: { createdAt: true },
      });
      return Math.max(0, ...rows.map((r) => (r._max.createdAt?.getTime() ?? 0) + waitAfter(r._count._all)));
    };
    const blockedUntil = await waitUntil();
    if (blockedUntil > now.getTime()) return { found: false, retryAfterSeconds: Math.ceil((blockedUntil - now.getTime()) / 1000) };

    const digits = digitsOf(input.digits);
    const request =
      REFERENCE.test(reference) && (digits.length === 4 || digits.length === 6)
        ? await tx.request.findUnique({
            where: { reference },
            select: {
              id: true,
              reference: true,
              type: true,
              status: true,
              firstResponseAt: true,
              firstResponseDueAt: true,
              dueAt: true,
              unit: { select: { nameZh: true, nameEn: true } },
              enterprise: { select: { contactPhone: true } },
            },
          })
        : null;
    const proven =
      request && (digits.length === 4 ? digitsOf(request.enterprise.contactPhone).slice(-4) === digits : await spendTrackCode(tx, request.id, digits, now));
    if (request && proven) {
      const { step, dueAt } = nextStep(request);
      return {
        found: true,
        view: {
          reference: request.reference,
          type: request.type,
          status: request.status,
          unitZh: request.unit.nameZh,
          unitEn: request.unit.nameEn,
          step,
          dueAt: dueAt?.toISOString() ?? null,
        },
      };
    }
    await tx.trackAttempt.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
    // Old tries say nothing any more.
    await tx.trackAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
    const next = await waitUntil();
    return { found: false, retryAfterSeconds: Math.max(0, Math.ceil((next - now.getTime()) / 1000)) };
  });
}
