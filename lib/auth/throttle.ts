import "server-only";
import { db } from "@/lib/db";
import { THROTTLE_WINDOW_MS, holdUntil, type ThrottleKind } from "./throttle-rules";

const key = (kind: ThrottleKind, value: string) => `${kind}:${value}`;

/** Until when this account or this address may not try to sign in (the later of the two), or null. */
export async function signInHeldUntil(email: string, address: string, now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [key("account", email), key("address", address)] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Counts one failed sign-in against the account and the address, in one statement per key so parallel
 * attempts from several instances all count, and holds each key back as its count asks. Returns the
 * account's failures in the window and until when the attempt's keys are held.
 */
export async function recordSignInFailure(email: string, address: string, now = new Date()): Promise<{ accountFailures: number; heldUntil: Date | null }> {
  let accountFailures = 0;
  for (const kind of ["account", "address"] as const) {
    const k = key(kind, kind === "account" ? email : address);
    const windowOpen = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" (key, failures, "windowStart", "lastFailureAt") VALUES (${k}, 1, ${now}, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."windowStart" < ${windowOpen} THEN 1 ELSE "SignInThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowOpen} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
        "lastFailureAt" = ${now}
      RETURNING failures`;
    if (kind === "account") accountFailures = row.failures;
    const hold = holdUntil(kind, row.failures, now);
    if (hold) await db.$executeRaw`UPDATE "SignInThrottle" SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${hold}), ${hold}) WHERE key = ${k}`;
  }
  return { accountFailures, heldUntil: await signInHeldUntil(email, address, now) };
}

/** A successful sign-in forgets the account's failures (never the address's: others share it). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: key("account", email) } });
}
