import "dotenv/config";
import { createPrismaClient } from "../lib/db";
import { applyMigrations } from "../lib/db/migrate";
import { bootstrapData } from "../lib/setup/bootstrap";

// Brings the database at DATABASE_URL up to date and fills it as `npm start` would: reference data always,
// then the demo story (or, with DEMO_DATA=off, the first admin) when it has no users yet.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm start seeds its embedded database by itself)");
  process.exit(1);
}
await applyMigrations(url);
const db = createPrismaClient(url);
const result = await bootstrapData(db, process.env);
await db.$disconnect();
console.log(
  { demo: "seeded the demo data (password for every demo account: demo-pass)", admin: "created the first administrator", existing: "the database already has users: reference data refreshed, nothing else seeded" }[result],
);
