import { createPrismaClient, type Db } from "@/lib/db";
import { afterAll } from "vitest";

let client: Db | null = null;

/** The Prisma client of the test database (the same one `@/lib/db` uses in this process). */
export function testDb(): Db {
  if (!client) {
    client = createPrismaClient(process.env.DATABASE_URL!);
    afterAll(async () => {
      await client?.$disconnect();
      client = null;
    });
  }
  return client;
}

/** Empties every table except the migration history. Events are append-only, so their triggers are bypassed here only. */
export async function resetDb(db: Db = testDb()): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`),
  ]);
}
