import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// Password hashes never leave the database unless a query asks for them by name (sign-in, password change).
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }), ...clientOptions });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** What a `db.$transaction(async (tx) => …)` callback receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { __db?: Db };

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
