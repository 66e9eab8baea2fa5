import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import { checkNewPassword } from "./password-policy";

async function assertCurrentPassword(p: Principal, current: string): Promise<void> {
  const row = await db.user.findUnique({ where: { id: p.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row?.passwordHash, current))) throw new ValidationError({ currentPassword: ["wrongPassword"] });
}

/**
 * Changes the person's password. Every session, this one included, stops working (token version):
 * the caller signs this browser in again with the new password.
 */
export async function changePassword(p: Principal, current: string, next: string): Promise<void> {
  await assertCurrentPassword(p, current);
  const problem = checkNewPassword(next, p);
  if (problem) throw new ValidationError({ newPassword: [problem] });
  if (current === next) throw new ValidationError({ newPassword: ["sameAsCurrent"] });
  await db.user.update({ where: { id: p.id }, data: { passwordHash: await hashPassword(next), tokenVersion: { increment: 1 } } });
}

/**
 * Ends every other session of the person. Sessions are stateless tokens, so all of them end and the
 * caller signs this browser in again — which is why the current password is asked for.
 */
export async function signOutOtherSessions(p: Principal, current: string): Promise<void> {
  await assertCurrentPassword(p, current);
  await db.user.update({ where: { id: p.id }, data: { tokenVersion: { increment: 1 } } });
}
