import type { Db } from "@/lib/db";
import { TERMINAL } from "@/lib/workflow/statuses";
import { sqlList } from "@/lib/workflow/status-sql";
import { SYSTEM } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";

export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 86_400_000;
const BATCH = 200;

/** RETENTION_DAYS, a whole number of days ≥ 1; anything else is a configuration mistake worth stopping for. */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RETENTION_DAYS;
  if (raw === undefined || raw === "") return DEFAULT_RETENTION_DAYS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`RETENTION_DAYS must be a whole number of days (1 or more), not "${raw}"`);
  return n;
}

/**
 * Erases the sensitive values of requests that ended (closed, not accepted or withdrawn) more than `days`
 * ago: the secret and its blind index go, the masked form stays with the time it was erased, and the
 * timeline records it (an internal ERASED event naming the fields). Batches with SKIP LOCKED, so any
 * number of workers may run it; a value is erased once.
 */
export async function eraseExpiredIdentifiers(db: Db, now: Date, days = retentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  let erased = 0;
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ requestId: string; field: string }[]>`
        SELECT s."requestId", s.field FROM "SensitiveValue" s JOIN "Request" r ON r.id = s."requestId"
        WHERE s."erasedAt" IS NULL AND r.status IN (${sqlList(TERMINAL)})
          AND COALESCE(r."closedAt", r."withdrawnAt",
                (SELECT max(e."createdAt") FROM "Event" e WHERE e."requestId" = r.id AND e."toStatus" = r.status)) < ${cutoff}
        ORDER BY s."requestId", s.field LIMIT ${BATCH} FOR UPDATE OF s SKIP LOCKED`;
      const byRequest = new Map<string, string[]>();
      for (const r of rows) byRequest.set(r.requestId, [...(byRequest.get(r.requestId) ?? []), r.field]);
      for (const [requestId, fields] of byRequest) {
        await tx.sensitiveValue.updateMany({
          where: { requestId, field: { in: fields } },
          data: { ciphertext: null, keyId: null, blindIndex: null, erasedAt: now },
        });
        await recordEvent(tx, requestId, SYSTEM, now, { kind: "ERASED", visibility: "INTERNAL", data: { fields, retentionDays: days } });
      }
      return rows.length;
    });
    erased += n;
    if (n < BATCH) return erased;
  }
}
