import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { findPgTool } from "@/lib/backup/pg-tools";
import { createPrismaClient } from "@/lib/db";
import { ensureDatabase } from "@/lib/db/embedded";
import { ROOT } from "@/lib/db/schema-engine";
import { prepareUploads } from "@/lib/files/uploads";
import { minimalPdf } from "@/lib/files/test-images";
import { openSensitive } from "@/lib/pii/sensitive";
import { submitRequest } from "@/lib/intake/submit";
import { prepareDatabase } from "@/scripts/setup/prepare";
import { principalOf } from "../fixtures/factory";
import { formKey, tempStorage, visaDetails } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
const tmp = mkdtempSync(path.join(os.tmpdir(), "rd-backup-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => resetDb());

/** A new, empty database on the test server. */
async function freshDatabase(name: string): Promise<string> {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = "/postgres";
  await ensureDatabase(u.toString(), name);
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Rows per table, exactly counted. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ t: string }>(url, `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM ${t}`))[0].n);
  return out;
}

/** One digest over the whole timeline, in order: any lost, added or changed event changes it. */
async function eventsChecksum(url: string): Promise<string> {
  const [row] = await query<{ sum: string }>(
    url,
    `SELECT md5(string_agg(concat_ws('|', id, "requestId", "actorId", kind, "fromStatus", "toStatus", text, visibility, data::text, "createdAt"), E'\\n' ORDER BY id)) AS sum FROM "Event"`,
  );
  return row.sum;
}

/** `npm run db:backup` / `npm run db:restore`, as a person runs them, against DATABASE_URL. */
function npmScript(script: "backup" | "restore", env: Record<string, string>, args: string[] = []) {
  return execFileSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--import", path.join(ROOT, "scripts/setup/server-only-hook.mjs"), path.join(ROOT, `scripts/${script}.ts`), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

describe("backup and restore", () => {
  it("db:backup then db:restore into an empty database gives the same rows, the same timeline and the same files", async () => {
    const url = process.env.DATABASE_URL!;
    await prepareDatabase(url, { DEMO_DATA: "on" });
    const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@tradeco.demo" }, select: { id: true } });
    const store = tempStorage();
    const pdf = minimalPdf();
    const { reference } = await submitRequest(
      await principalOf(db, staff.id),
      {
        type: "VISA_EXTENSION",
        details: visaDetails(new Date(), 20),
        idempotencyKey: formKey(),
        files: prepareUploads([{ name: "护照首页.pdf", bytes: pdf }]),
      },
      new Date(),
      store.storage,
    );
    const backupDir = path.join(tmp, "backups");
    const out = npmScript("backup", { BACKUP_DIR: backupDir, UPLOAD_DIR: store.root });
    const dump = readdirSync(backupDir).find((f) => /^resumption-desk-\d{8}T\d{6}Z\.dump$/.test(f));
    expect(dump, out).toBeDefined();

    const target = await freshDatabase(`restored_${Date.now()}`);
    const restoredUploads = path.join(tmp, "restored-uploads");
    npmScript("restore", { DATABASE_URL: target, UPLOAD_DIR: restoredUploads }, [path.join(backupDir, dump!)]);

    const before = await rowCounts(url);
    expect(before['public."Request"']).toBeGreaterThan(100);
    expect(await rowCounts(target)).toEqual(before);
    expect(await eventsChecksum(target)).toBe(await eventsChecksum(url));

    const restored = createPrismaClient(target);
    try {
      const req = await restored.request.findUniqueOrThrow({ where: { reference }, include: { attachments: true } });
      expect(readFileSync(path.join(restoredUploads, req.attachments[0]!.storageKey))).toEqual(Buffer.from(pdf));
      // The numbers come back sealed, and open under the same data key.
      expect((await openSensitive(restored, req.id)).get("passportNumber")?.value).toBe("C01X00T47");
    } finally {
      await restored.$disconnect();
    }

    // A second restore into the now full database is refused, and changes nothing.
    expect(() => npmScript("restore", { DATABASE_URL: target, UPLOAD_DIR: restoredUploads }, [path.join(backupDir, dump!)])).toThrow(/not empty/);
    // Seeding, two commands and two dumps' worth of comparing: minutes on a busy machine, not seconds.
  }, 180_000);

  it("says which client tools to install when they are missing or older than the server", () => {
    const empty = mkdtempSync(path.join(tmp, "bin-"));
    expect(() => findPgTool("pg_dump", 99, { PG_BIN_DIR: empty, PATH: empty })).toThrow(/pg_dump was not found.*apt-get install postgresql-client-99/);
    expect(() => findPgTool("pg_restore", 99, { PG_BIN_DIR: empty, PATH: process.env.PATH })).toThrow(
      /is from PostgreSQL 15, but the database server is PostgreSQL 99.*postgresql-client-99/,
    );
    expect(findPgTool("pg_dump", 15, { PATH: process.env.PATH })).toMatch(/pg_dump$/);
  });
});
