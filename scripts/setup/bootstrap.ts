import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { seedBase } from "@/prisma/seed/base";
import { seedDemo } from "@/prisma/seed/demo";

/**
 * Reference data always (townships, units, calendar); then, on an empty database, either the demo story
 * or — when DEMO_DATA=off — the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD.
 */
export async function bootstrapData(db: Db, env: Record<string, string | undefined>): Promise<"demo" | "admin" | "existing"> {
  await seedBase(db);
  if ((await db.user.count()) > 0) return "existing";
  if (env.DEMO_DATA !== "off") {
    await seedDemo(db);
    return "demo";
  }
  const email = env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD ?? "";
  if (!email || password.length < 10) {
    throw new Error("DEMO_DATA=off needs ADMIN_EMAIL and ADMIN_PASSWORD (at least 10 characters) to create the first administrator.");
  }
  await db.user.create({ data: { email, name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) } });
  return "admin";
}
