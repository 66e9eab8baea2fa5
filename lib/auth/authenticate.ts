import "server-only";
import { hasControlCharacters } from "@/lib/checks/text";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { clearAccountFailures, recordSignInFailure, signInHeldUntil } from "./throttle";

/**
 * Checks an email and password; null for unknown, wrong, disabled or held back alike (one answer for all).
 * An account or address held back by earlier failures is refused without looking at the password, and
 * the attempt counts, so hammering reaches the lock sooner rather than getting through. A refusal is one
 * log line, without the email (people type passwords into it).
 */
export async function authenticate(email: string, password: string, address = "unknown", now = new Date()) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password || hasControlCharacters(normalized) || normalized.length > 320) return null;
  const held = await signInHeldUntil(normalized, address, now);
  const user = held ? null : await db.user.findUnique({ where: { email: normalized }, omit: { passwordHash: false } });
  const ok = held ? false : await verifyPassword(user?.passwordHash, password);
  if (!user || !ok || !user.active) {
    const { accountFailures, heldUntil } = await recordSignInFailure(normalized, address, now);
    const until = heldUntil ? `, held until ${heldUntil.toISOString()}` : "";
    console.warn(`[auth] sign-in refused from ${address}: ${held ? "held back" : "wrong credentials"} (${accountFailures} for this account in 15 min${until})`);
    return null;
  }
  await clearAccountFailures(normalized);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    enterpriseId: user.enterpriseId,
    tokenVersion: user.tokenVersion,
  };
}
