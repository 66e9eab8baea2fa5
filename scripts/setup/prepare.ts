import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { encryptLegacyIdentifiers } from "@/lib/pii/legacy";
import { bootstrapData } from "./bootstrap";

/** What each outcome of bootstrapData means, as the command line reports it. */
export const SEEDED = {
  demo: "seeded the demo data (password for every demo account: demo-pass)",
  admin: "created the first administrator",
  existing: "the database already has users: reference data refreshed, nothing else seeded",
} as const;

/**
 * Brings the database at `url` up to date and fills it: migrations (with their data step, sealing any
 * passport/ID number still in the clear), then bootstrapData. What `npm start`
 * does before serving and `npm run db:seed` does on its own.
 */
export async function prepareDatabase(url: string, env: Record<string, string | undefined>) {
  const applied = await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    const sealed = await encryptLegacyIdentifiers(db);
    return { applied, sealed, seeded: await bootstrapData(db, env) };
  } finally {
    await db.$disconnect();
  }
}
