import type { Db } from "@/lib/db";
import { requestTypes } from "@/lib/request-types/registry";
import { sealedRow, sensitiveFieldsOf } from "./sensitive";

const BATCH = 200;

/**
 * The data step of the `sensitive_values` migration, run by every migrate (npm start, db:migrate, db:seed):
 * SQL cannot encrypt under a key it must never see, so this seals each sensitive value still in the clear
 * in a request's `details` and leaves the masked form there. Batches of BATCH rows, each its own short
 * transaction with the rows locked, so it may run beside a live app; it does nothing once all are sealed.
 */
export async function encryptLegacyIdentifiers(db: Db): Promise<number> {
  let sealed = 0;
  for (const def of requestTypes()) {
    for (const field of sensitiveFieldsOf(def.key)) {
      for (;;) {
        const n = await db.$transaction(async (tx) => {
          const rows = await tx.$queryRaw<{ id: string; value: string }[]>`
            SELECT r.id, r.details->>${field} AS value FROM "Request" r
            WHERE r.type = ${def.key} AND jsonb_typeof(r.details->${field}) = 'string' AND r.details->>${field} <> ''
              AND NOT EXISTS (SELECT 1 FROM "SensitiveValue" s WHERE s."requestId" = r.id AND s.field = ${field})
            ORDER BY r.id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
          for (const r of rows) {
            const row = sealedRow(r.id, { field, value: r.value });
            await tx.sensitiveValue.create({ data: row });
            // Raw, so neither `version` nor `updatedAt` move: nothing about the case changed for its people.
            await tx.$executeRaw`UPDATE "Request" SET details = jsonb_set(details, ARRAY[${field}], to_jsonb(${row.masked}::text)) WHERE id = ${r.id}`;
          }
          return rows.length;
        });
        sealed += n;
        if (n < BATCH) break;
      }
    }
  }
  return sealed;
}
