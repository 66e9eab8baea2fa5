// How many failed sign-ins a key may have before it waits, and for how long. Pure, so the numbers are
// tested by hand; lib/auth/throttle.ts keeps the counts in PostgreSQL.

export type ThrottleKind = "account" | "address";

const MINUTE_MS = 60_000;

/** Failures count within this window; a quiet window starts the count again. */
export const THROTTLE_WINDOW_MS = 15 * MINUTE_MS;
/** How long a locked key stays locked (an admin can lift it earlier). */
export const LOCK_MS = 15 * MINUTE_MS;

/**
 * Per account: three free tries, then each failure holds the next try back twice as long (1 s, 2 s, 4 s …),
 * and the tenth locks the account. Per address: generous, since an office or a mobile carrier puts many
 * people behind one address — the same shape from 20 failures, a lock at 100 — so one person's typos
 * never lock out colleagues, while a password-spraying run is slowed to a crawl.
 */
export const LIMITS: Record<ThrottleKind, { freeFailures: number; lockAt: number }> = {
  account: { freeFailures: 3, lockAt: 10 },
  address: { freeFailures: 20, lockAt: 100 },
};

/** When the key may try again after its `failures`-th failure at `now` (null: at once). */
export function holdUntil(kind: ThrottleKind, failures: number, now: Date): Date | null {
  const { freeFailures, lockAt } = LIMITS[kind];
  if (failures >= lockAt) return new Date(now.getTime() + LOCK_MS);
  if (failures < freeFailures) return null;
  const seconds = 2 ** (failures - freeFailures);
  return new Date(now.getTime() + Math.min(seconds * 1000, LOCK_MS));
}
