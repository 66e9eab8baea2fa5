import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "@/lib/db/migrate";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "@/lib/db/schema-engine";
import { ensureDatabase } from "@/lib/db/embedded";
import { testDb } from "./db";
import { makeTownshipUnit, makeEnterprise, makeUser } from "../fixtures/factory";

// Tables, columns, indexes, constraints and enums as PostgreSQL sees them.
async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join("|"));
    return {
      columns: await q(`SELECT table_name, column_name, udt_name, is_nullable, coalesce(column_default,'') FROM information_schema.columns
                        WHERE table_schema='public' AND table_name <> '_prisma_migrations' ORDER BY 1,2`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await q(`SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace='public'::regnamespace
                            AND conname NOT LIKE '_prisma_migrations%' ORDER BY 1`),
      enums: await q(`SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
                      WHERE t.typnamespace='public'::regnamespace ORDER BY 1, e.enumsortorder`),
    };
  } finally {
    await client.end();
  }
}

describe("migrations and schema.prisma agree", () => {
  const schema = readFileSync(SCHEMA_PATH, "utf8");

  it("schema.prisma has no change that a migration does not carry", async () => {
    const snapshot = readFileSync(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
    const pending = await diffSchemas(process.env.DATABASE_URL!, snapshot, schema);
    expect(pending.replace(/-- This is an empty migration\.\s*/g, "").trim(), "run `npm run db:new-migration <name>`").toBe("");
  });

  it("the migrated database is exactly what schema.prisma describes", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const fromSchema = new URL(url);
    fromSchema.pathname = "/schema_reference";
    url.pathname = "/postgres";
    await ensureDatabase(url.toString(), "schema_reference");
    const client = new pg.Client({ connectionString: fromSchema.toString() });
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.query(await diffSchemas(process.env.DATABASE_URL!, null, schema));
    await client.end();

    expect(await catalog(process.env.DATABASE_URL!)).toEqual(await catalog(fromSchema.toString()));
  });
});

describe("the timeline is append-only", () => {
  it("refuses to update or delete an event", async () => {
    const db = testDb();
    const { township, unit } = await makeTownshipUnit(db);
    const enterprise = await makeEnterprise(db, township.id);
    const staff = await makeUser(db, "ENTERPRISE", { enterpriseId: enterprise.id });
    const request = await db.request.create({
      data: {
        reference: `YW-2099-${String(Date.now() % 1e6).padStart(6, "0")}`,
        type: "GENERAL",
        details: { subject: "s", description: "d" },
        enterpriseId: enterprise.id,
        townshipId: township.id,
        createdById: staff.id,
        unitId: unit.id,
        firstResponseDueAt: new Date(),
        dueAt: new Date(),
      },
    });
    const event = await db.event.create({ data: { requestId: request.id, actorId: staff.id, kind: "CREATED", toStatus: "SUBMITTED" } });

    await expect(db.event.update({ where: { id: event.id }, data: { text: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.event.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "Event" SET text = 'x'`)).rejects.toThrow(/append-only/);
    const still = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(still.text).toBeNull();
  });
});
