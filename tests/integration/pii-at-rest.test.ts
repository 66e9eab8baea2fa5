import { execFileSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { queuePage } from "@/lib/cases/queue";
import { isValidResidentId } from "@/lib/checks/resident-id";
import { findPgTool, serverMajor } from "@/lib/backup/pg-tools";
import { resetKeyring } from "@/lib/pii/keyring";
import { encryptLegacyIdentifiers } from "@/lib/pii/legacy";
import { presentFields } from "@/lib/pii/present";
import { rotateKeys, valuesPerKey } from "@/lib/pii/rotate";
import { openSensitive } from "@/lib/pii/sensitive";
import { newDataKeyText, parseDataKey } from "@/lib/pii/cipher";
import { prepareDatabase } from "@/scripts/setup/prepare";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const url = () => process.env.DATABASE_URL!;
beforeEach(() => resetDb());

async function plainDump(): Promise<string> {
  const u = new URL(url());
  const pgDump = findPgTool("pg_dump", await serverMajor(url()));
  return execFileSync(pgDump, ["--format=plain", `--dbname=${url()}`], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, PGPASSWORD: u.password },
  });
}

/** Every sealed number of the database, in the clear. */
async function allNumbers(): Promise<string[]> {
  const ids = await db.sensitiveValue.findMany({ distinct: ["requestId"], select: { requestId: true } });
  const out: string[] = [];
  for (const { requestId } of ids) for (const v of (await openSensitive(db, requestId)).values()) if (v.value) out.push(v.value);
  return out;
}

describe("identifiers at rest", () => {
  it("a pg_dump of the demo as npm start prepares it holds none of its passport or ID numbers", async () => {
    await prepareDatabase(url(), { DEMO_DATA: "on" });
    const numbers = await allNumbers();
    const ids = numbers.filter((n) => /^\d{17}[\dX]$/.test(n));
    // The seed files visas and passports: dozens of numbers, each a real-looking one (ID numbers pass GB 11643).
    expect(ids.length).toBeGreaterThan(10);
    expect(numbers.length - ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(isValidResidentId(id), id).toBe(true);

    const dump = await plainDump();
    // The dump does hold the requests (with each number's mask), so finding no number below means something.
    const masked = await db.sensitiveValue.findFirstOrThrow({ select: { masked: true } });
    expect(dump).toContain(masked.masked);
    expect(dump).toContain('COPY public."SensitiveValue"');
    const leaked = numbers.filter((n) => dump.includes(n));
    expect(leaked).toEqual([]);
    // Seeding the whole demo story takes a while on a busy machine.
  }, 180_000);

  it("the migration's data step seals numbers stored in the clear, once, and the assignee still reads them", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, {
      type: "VISA_EXTENSION",
      assigneeId: w.users.officerA.id,
      details: { employeeName: "Markus Weber", passportNumber: "C4J7X2K91", nationality: "DEU" },
    });
    expect(await encryptLegacyIdentifiers(db)).toBe(1);
    expect(await encryptLegacyIdentifiers(db)).toBe(0);
    const row = await db.request.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.details).toMatchObject({ passportNumber: "C4J7X****", employeeName: "Markus Weber" });
    // Nothing about the case changed for the people working it.
    expect(row.version).toBe(c.version);
    expect(row.updatedAt).toEqual(c.updatedAt);
    expect(await presentFields(db, row, true)).toContainEqual({ name: "passportNumber", kind: "text", value: "C4J7X2K91", masked: false, erased: false });
    expect(await presentFields(db, row, false)).toContainEqual({ name: "passportNumber", kind: "text", value: "C4J7X****", masked: true, erased: false });
    expect(await plainDump()).not.toContain("C4J7X2K91");
  });

  it("finds a case by its full number through the blind index, within what the person may see", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { type: "VISA_EXTENSION", details: { passportNumber: "E98765432" } });
    await makeCase(db, w, { type: "VISA_EXTENSION", details: { passportNumber: "E11112222" } });
    await encryptLegacyIdentifiers(db);
    const search = async (p: Parameters<typeof queuePage>[0], q: string) => (await queuePage(p, { tab: "all", q }, new Date())).rows.map((r) => r.reference);
    expect(await search(w.as.officerA, "e9876 5432")).toEqual([c.reference]);
    expect(await search(w.as.officerA, "E98765433")).toEqual([]);
    // A part of a number finds nothing: only an exact number has a blind index.
    expect(await search(w.as.officerA, "E98765")).toEqual([]);
    expect(await search(w.as.otherOfficer, "E98765432")).toEqual([]);
  });

  it("keys:rotate re-seals every value under the new key in batches; old and new values stay readable and searchable", async () => {
    const w = await makeCaseWorld(db);
    const cases = [];
    for (const n of ["G10000001", "G10000002", "G10000003", "G10000004", "G10000005"]) {
      cases.push(await makeCase(db, w, { type: "VISA_EXTENSION", details: { passportNumber: n } }));
    }
    await encryptLegacyIdentifiers(db);
    const oldKey = process.env.DATA_KEY!;
    const oldId = parseDataKey(oldKey).id;
    const fresh = newDataKeyText();
    try {
      process.env.DATA_KEY = fresh;
      process.env.DATA_KEY_PREVIOUS = oldKey;
      resetKeyring();
      // Before the rotation has run, a value under the old key is found by its old blind index.
      expect((await queuePage(w.as.lead, { tab: "all", q: "G10000003" }, new Date())).rows.map((r) => r.reference)).toEqual([cases[2].reference]);
      const batches: number[] = [];
      expect(await rotateKeys(db, 2, (d) => batches.push(d))).toBe(5);
      expect(batches).toEqual([2, 4, 5]);
      expect(await valuesPerKey(db)).toEqual({ [parseDataKey(fresh).id]: 5 });
      expect(await rotateKeys(db, 2)).toBe(0);
      expect((await openSensitive(db, cases[4].id)).get("passportNumber")?.value).toBe("G10000005");
      expect((await queuePage(w.as.lead, { tab: "all", q: "G10000003" }, new Date())).rows.map((r) => r.reference)).toEqual([cases[2].reference]);
      // Without the new key (the old key alone), the re-sealed values no longer open.
      process.env.DATA_KEY = oldKey;
      delete process.env.DATA_KEY_PREVIOUS;
      resetKeyring();
      await expect(openSensitive(db, cases[0].id)).rejects.toThrow(/not in the keyring/);
      expect(oldId).not.toBe(parseDataKey(fresh).id);
    } finally {
      process.env.DATA_KEY = oldKey;
      delete process.env.DATA_KEY_PREVIOUS;
      resetKeyring();
    }
  });
});
