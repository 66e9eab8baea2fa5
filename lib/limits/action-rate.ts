import type { Principal } from "@/lib/auth/types";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

export type RatedAction = "file" | "reply" | "upload";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Per hour, for enterprise accounts (anyone can register one; staff accounts are opened by the city):
 * a person files 20 requests, writes 60 replies and uploads 50 files; a company, all its staff together,
 * twice that. Generous for a real company on a bad day, and it keeps a flood (20 URGENT requests in 12 s
 * from an unverified company) from becoming hundreds of notices in officers' inboxes.
 */
export const ACTION_LIMITS: Record<RatedAction, { person: number; company: number }> = {
  file: { person: 20, company: 40 },
  reply: { person: 60, company: 120 },
  upload: { person: 50, company: 100 },
};

/** Too many in the last hour; the form says so and keeps what was typed. */
export class RateLimitedError extends ValidationError {
  constructor(public readonly action: RatedAction) {
    super({}, "rateLimited");
  }
}

/**
 * Counts `amount` more of an action for the person and their company, inside the caller's transaction
 * (a refused or failed change counts nothing), and refuses when either goes over its hourly limit.
 */
export async function takeActionRate(tx: Tx, p: Principal, action: RatedAction, amount = 1, now = new Date()): Promise<void> {
  if (p.role !== "ENTERPRISE" || !p.enterpriseId || amount <= 0) return;
  const limits = ACTION_LIMITS[action];
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  for (const [scope, id, limit] of [
    ["person", p.id, limits.person],
    ["company", p.enterpriseId, limits.company],
  ] as const) {
    const key = `${action}:${scope}:${id}`;
    const [row] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "ActionRate" (key, "windowStart", count) VALUES (${key}, ${now}, ${amount})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "ActionRate"."windowStart" <= ${hourAgo} THEN ${amount} ELSE "ActionRate".count + ${amount} END,
        "windowStart" = CASE WHEN "ActionRate"."windowStart" <= ${hourAgo} THEN ${now} ELSE "ActionRate"."windowStart" END
      RETURNING count`;
    if (row.count > limit) throw new RateLimitedError(action);
  }
}
