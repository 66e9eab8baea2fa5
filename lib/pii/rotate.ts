import type { Db } from "@/lib/db";
import { blindIndex, open, seal } from "./cipher";
import { keyById, keyring } from "./keyring";
import { context } from "./sensitive";

/**
 * Re-seals every value not under the current key, BATCH at a time: each batch is one short transaction
 * over rows locked with SKIP LOCKED, so the app keeps serving (a value is readable under its old key until
 * its batch commits, and searchable, since searches try every key's blind index). Returns how many moved.
 */
export async function rotateKeys(db: Db, batch = 200, onBatch?: (done: number) => void): Promise<number> {
  const current = keyring().current;
  let done = 0;
  for (;;) {
    const n = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ requestId: string; field: string; keyId: string; ciphertext: Uint8Array }[]>`
        SELECT "requestId", field, "keyId", ciphertext FROM "SensitiveValue"
        WHERE "keyId" IS NOT NULL AND "keyId" <> ${current.id} AND ciphertext IS NOT NULL
        ORDER BY "requestId", field LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      for (const r of rows) {
        const ctx = context(r.requestId, r.field);
        const value = open(keyById(r.keyId), r.ciphertext, ctx);
        await tx.sensitiveValue.update({
          where: { requestId_field: { requestId: r.requestId, field: r.field } },
          data: { keyId: current.id, ciphertext: seal(current, value, ctx), blindIndex: blindIndex(current, value) },
        });
      }
      return rows.length;
    });
    done += n;
    onBatch?.(done);
    if (n < batch) return done;
  }
}

/** How many values each key still seals (what a rotation has left to do). */
export async function valuesPerKey(db: Db): Promise<Record<string, number>> {
  const rows = await db.sensitiveValue.groupBy({ by: ["keyId"], where: { keyId: { not: null } }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.keyId!, r._count._all]));
}
