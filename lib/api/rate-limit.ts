import "server-only";
import { db, type Db } from "@/lib/db";

const MINUTE_MS = 60_000;

export type RateVerdict = { allowed: boolean; limit: number; remaining: number; resetAt: Date };

/**
 * Counts one call of the key in the current minute and says whether it is within the key's limit. The count
 * lives in PostgreSQL, so every web process shares it; the upsert is atomic, so racing calls each count once.
 */
export async function takeCall(keyId: string, limit: number, now = new Date()): Promise<RateVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("keyId", "windowStart", "count") VALUES (${keyId}, ${windowStart}, 1)
    ON CONFLICT ("keyId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetAt: new Date(windowStart.getTime() + MINUTE_MS) };
}

/** Windows older than an hour say nothing any more (the webhook job sweeps them). */
export async function sweepRateWindows(client: Db, now: Date): Promise<number> {
  const { count } = await client.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 60 * MINUTE_MS) } } });
  return count;
}
