// Creates prisma/migrations/<timestamp>_<name>/migration.sql offline: the difference between the schema
// as of the last migration (kept in prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
import { mkdir, readFile, writeFile, appendFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { diffSchemas } from "../lib/db/migrate";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../lib/db/schema-engine";
import { startEmbeddedPostgres } from "../lib/db/embedded";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:new-migration <name> [-- --append path/to/extra.sql]");
  process.exit(1);
}
const snapshotPath = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
const previous = await readFile(snapshotPath, "utf8").catch(() => null);
const current = await readFile(SCHEMA_PATH, "utf8");
// The wasm engine wants a live connection even to diff two schema texts: a throwaway cluster will do.
const scratch = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `rd-migrate-${process.pid}`),
      port: Number(process.env.MIGRATE_PGPORT ?? 25498),
      persistent: false,
    });
const sql = await diffSchemas(process.env.DATABASE_URL ?? scratch!.url, previous, current);
await scratch?.stop();
if (!sql.trim() || /empty migration/.test(sql)) {
  console.log("schema.prisma matches the last migration: nothing to create");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
const extra = process.argv.indexOf("--append");
if (extra > 0) await appendFile(path.join(dir, "migration.sql"), "\n" + (await readFile(process.argv[extra + 1], "utf8")));
await writeFile(snapshotPath, current);
await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
