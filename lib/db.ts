import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// Password hashes never leave the database unless a query asks for them by name (sign-in, password change).
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

export function createPrismaClient(connectionString: string, pool: { max?: number; statementTimeoutMs?: number } = {}) {
  const config = { connectionString, max: pool.max ?? 10, ...(pool.statementTimeoutMs ? { statement_timeout: pool.statementTimeoutMs } : {}) };
  return new PrismaClient({ adapter: new PrismaPg(config), ...clientOptions });
}

/**
 * How long one statement of a heavy page (stats, its CSV) may run before PostgreSQL cancels it. Such pages
 * also read through their own small pool (`pageDb`), so however many run at once, the connections the
 * queue and case pages use stay free: no page can make another person's page slow.
 */
export const PAGE_STATEMENT_TIMEOUT_MS = 8_000;
const PAGE_POOL_SIZE = 4;

export type Db = ReturnType<typeof createPrismaClient>;
/** What a `db.$transaction(async (tx) => …)` callback receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

declare global {
  // One client per process, kept on globalThis so development reloads of this module reuse it.
  var __db: Db | undefined;
  var __pageDb: Db | undefined;
}
const globalForDb = globalThis;

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return url;
}

/**
 * Where `pageDb` reads: DATABASE_REPLICA_URL (a hot standby of DATABASE_URL, e.g. a managed PostgreSQL's read
 * replica endpoint) when set, else DATABASE_URL itself. Read when pageDb is first used: set it before.
 */
function pageConnectionString(): string {
  return process.env.DATABASE_REPLICA_URL || connectionString();
}

/** True when heavy pages read from a replica, not from the database everything is written to. */
export function readsFromReplica(): boolean {
  return !!process.env.DATABASE_REPLICA_URL && process.env.DATABASE_REPLICA_URL !== process.env.DATABASE_URL;
}

/** The one Prisma client of the process, created on first use (so importing this module needs no database). */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    globalForDb.__db ??= createPrismaClient(connectionString());
    const value = Reflect.get(globalForDb.__db, prop);
    return typeof value === "function" ? value.bind(globalForDb.__db) : value;
  },
});

/**
 * The client for heavy read pages (stats): its own pool, and every statement cut off after
 * PAGE_STATEMENT_TIMEOUT_MS. It connects to the read replica when there is one (DATABASE_REPLICA_URL), so it
 * only ever reads: whatever such a page writes (the stats fold) goes through `db`.
 */
export const pageDb: Db = new Proxy({} as Db, {
  get(_target, prop) {
    globalForDb.__pageDb ??= createPrismaClient(pageConnectionString(), { max: PAGE_POOL_SIZE, statementTimeoutMs: PAGE_STATEMENT_TIMEOUT_MS });
    const value = Reflect.get(globalForDb.__pageDb, prop);
    return typeof value === "function" ? value.bind(globalForDb.__pageDb) : value;
  },
});

/** How long a page waits for the replica to replay what was committed before it reads (see replicaCaughtUp). */
export const REPLICA_WAIT_MS = 2_000;

/**
 * Waits until the replica has replayed everything committed on the primary before this call (its WAL
 * position then), so what pageDb reads next includes, say, the stats fold just made through `db`. Returns at
 * once without a replica; gives up after REPLICA_WAIT_MS (the page then shows what the replica has) and
 * says whether it caught up. A replica is usually milliseconds behind.
 */
export async function replicaCaughtUp(): Promise<boolean> {
  if (!readsFromReplica()) return true;
  const [{ lsn }] = await db.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS "lsn"`;
  const deadline = Date.now() + REPLICA_WAIT_MS;
  for (;;) {
    // NULL when pageDb's server is not in recovery (a promoted replica, or the primary itself): nothing to wait for.
    const [{ done }] = await pageDb.$queryRaw<{ done: boolean }[]>`SELECT COALESCE(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, TRUE) AS "done"`;
    if (done) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
