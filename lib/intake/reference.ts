import type { Tx } from "@/lib/db";
import { shanghaiDay } from "@/lib/time/shanghai";

/** "YW-2026-000123". */
export function formatReference(year: number, n: number): string {
  return `YW-${year}-${String(n).padStart(6, "0")}`;
}

/**
 * The next reference of the year (Shanghai calendar), inside the caller's transaction. The upsert
 * takes the year's row lock until commit, so concurrent submissions queue here one by one, and a
 * transaction that rolls back also rolls back its number: no duplicates and no gaps.
 */
export async function nextReference(tx: Tx, now: Date): Promise<string> {
  const year = Number(shanghaiDay(now).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "RequestCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "RequestCounter"."last" + 1
    RETURNING "last"`;
  return formatReference(year, Number(row!.last));
}
