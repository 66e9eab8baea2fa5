import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { findPgTool, serverMajor } from "./pg-tools";

export const BACKUP_PREFIX = "resumption-desk-";

/** A connection string without its password (which goes in PGPASSWORD instead, out of the process list). */
function forTool(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** 2026-11-30T16:45:00.123Z → 20261130T164500Z: sorts by time and is safe in every file system. */
export function backupStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");
}

/** The uploads that belong to a dump file sit beside it: x.dump ↔ x.uploads/. */
export function uploadsBeside(dumpFile: string): string {
  return dumpFile.replace(/\.dump$/, "") + ".uploads";
}

export type BackupResult = { dumpFile: string; uploadsDir: string | null };

/**
 * Writes `<BACKUP_DIR>/resumption-desk-<stamp>.dump` (pg_dump custom format, of the server's own major
 * version) and copies the uploaded files to `….uploads/` beside it. The dump is written under a temporary
 * name and renamed, so a file with the final name is always whole. With `keep`, older backups beyond that count go.
 */
export async function backupDatabase(opts: { url: string; backupDir: string; uploadDir: string; now?: Date; keep?: number }): Promise<BackupResult> {
  const pgDump = findPgTool("pg_dump", await serverMajor(opts.url));
  mkdirSync(opts.backupDir, { recursive: true });
  const dumpFile = path.join(opts.backupDir, `${BACKUP_PREFIX}${backupStamp(opts.now ?? new Date())}.dump`);
  const partial = `${dumpFile}.partial`;
  const { dbname, env } = forTool(opts.url);
  execFileSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${dbname}`], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Only its owner reads a backup: it holds password hashes and sealed numbers.
  chmodSync(partial, 0o600);
  let uploadsDir: string | null = null;
  if (existsSync(opts.uploadDir)) {
    uploadsDir = uploadsBeside(dumpFile);
    cpSync(opts.uploadDir, uploadsDir, { recursive: true });
  }
  renameSync(partial, dumpFile);
  if (opts.keep) pruneBackups(opts.backupDir, opts.keep);
  return { dumpFile, uploadsDir };
}

/** Keeps the newest `keep` backups (dump and uploads) in the folder. */
export function pruneBackups(dir: string, keep: number): string[] {
  const dumps = readdirSync(dir)
    .filter((f) => f.startsWith(BACKUP_PREFIX) && f.endsWith(".dump"))
    .sort();
  const gone = dumps.slice(0, Math.max(0, dumps.length - keep));
  for (const f of gone) {
    rmSync(path.join(dir, f), { force: true });
    rmSync(uploadsBeside(path.join(dir, f)), { recursive: true, force: true });
  }
  return gone;
}

/** Tables already in the database, outside PostgreSQL's own schemas: a restore goes only into an empty one. */
export async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump written by backupDatabase into an empty database (refusing one that has tables, so a
 * restore never mixes with live data), then puts the uploads beside it back into `uploadDir` without
 * overwriting a file already there.
 */
export async function restoreDatabase(opts: { url: string; file: string; uploadDir: string }): Promise<{ uploads: boolean }> {
  if (!existsSync(opts.file)) throw new Error(`no backup file at ${opts.file}`);
  const tables = await userTableCount(opts.url);
  if (tables > 0) {
    throw new Error(
      `the target database is not empty (${tables} tables): restore into a new, empty database (another DATABASE_URL, or an empty PGDATA_DIR for the embedded one)`,
    );
  }
  const pgRestore = findPgTool("pg_restore", await serverMajor(opts.url));
  const { dbname, env } = forTool(opts.url);
  execFileSync(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, opts.file], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const uploads = uploadsBeside(opts.file);
  if (!existsSync(uploads)) return { uploads: false };
  mkdirSync(opts.uploadDir, { recursive: true });
  cpSync(uploads, opts.uploadDir, { recursive: true, force: false, errorOnExist: false });
  return { uploads: true };
}
