import { db } from "@/lib/db";
import { hasControlCharacters } from "@/lib/checks/text";
import { verifyPassword } from "./password";

/** Checks an email and password; null for unknown, wrong or disabled alike (one message for all). */
export async function authenticate(email: string, password: string) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password || hasControlCharacters(normalized)) return null;
  const user = await db.user.findUnique({
    where: { email: normalized },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok || !user.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, enterpriseId: user.enterpriseId, tokenVersion: user.tokenVersion };
}
