import "dotenv/config";
import { createPrismaClient } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { encryptLegacyIdentifiers } from "../lib/pii/legacy";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
// The data step SQL cannot do: seal passport/ID numbers written before they were encrypted (lib/pii/legacy.ts).
const db = createPrismaClient(url);
const sealed = await encryptLegacyIdentifiers(db);
await db.$disconnect();
if (sealed) console.log(`sealed ${sealed} passport/ID numbers that were stored in the clear`);
