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

/** The one Prisma client of the process, created on first use (so importing this module needs no database). */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    globalForDb.__db ??= createPrismaClient(connectionString());
    const value = Reflect.get(globalForDb.__db, prop);
    return typeof value === "function" ? value.bind(globalForDb.__db) : value;
  },
});

/** The client for heavy read pages (stats): its own pool, and every statement cut off after PAGE_STATEMENT_TIMEOUT_MS. */
export const pageDb: Db = new Proxy({} as Db, {
  get(_target, prop) {
    globalForDb.__pageDb ??= createPrismaClient(connectionString(), { max: PAGE_POOL_SIZE, statementTimeoutMs: PAGE_STATEMENT_TIMEOUT_MS });
    const value = Reflect.get(globalForDb.__pageDb, prop);
    return typeof value === "function" ? value.bind(globalForDb.__pageDb) : value;
  },
});
