import { beforeEach, describe, expect, it } from "vitest";
import { checkStatus } from "@/lib/track/status-check";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const now = new Date("2026-03-04T10:00:00+08:00");
const later = (ms: number) => new Date(now.getTime() + ms);
beforeEach(() => resetDb());

async function world() {
  const w = await makeCaseWorld(db);
  await db.enterprise.update({ where: { id: w.enterprise.id }, data: { contactPhone: "138 1234 5678" } });
  const c = await makeCase(db, w, { reference: "YW-2026-000451", status: "IN_PROGRESS", dueAt: new Date("2026-03-05T09:00:00+08:00") });
  return { w, c };
}

describe("/track", () => {
  it("shows status, unit, next step and due time for the right reference and digits, and nothing personal", async () => {
    const { w } = await world();
    const result = await checkStatus(db, { reference: " yw-2026-000451 ", digits: "5678", client: "1.2.3.4" }, now);
    expect(result).toEqual({
      found: true,
      view: { reference: "YW-2026-000451", type: "SUPPLY_CHAIN_HANDOFF", status: "IN_PROGRESS", unitZh: w.unit.nameZh, unitEn: w.unit.nameEn, step: "work", dueAt: "2026-03-05T01:00:00.000Z" },
    });
    const shown = JSON.stringify(result);
    for (const personal of [w.enterprise.name, w.enterprise.contactName, "13812345678", "钢材"]) expect(shown).not.toContain(personal);
  });

  it("answers wrong digits and unknown references alike, and slows down after a few wrong tries", async () => {
    await world();
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "0000", client: "a" }, now)).toEqual({ found: false, retryAfterSeconds: 0 });
    expect(await checkStatus(db, { reference: "YW-2026-999999", digits: "5678", client: "b" }, now)).toEqual({ found: false, retryAfterSeconds: 0 });
    // The third wrong try for this reference: from now on the next one waits.
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "1111", client: "c" }, later(1000))).toEqual({ found: false, retryAfterSeconds: 0 });
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "2222", client: "d" }, later(2000))).toEqual({ found: false, retryAfterSeconds: 30 });
    // While it waits even the right digits are not checked…
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "e" }, later(10_000))).toEqual({ found: false, retryAfterSeconds: 22 });
    // …and afterwards they work again; each further wrong try doubles the wait.
    expect((await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "e" }, later(33_000))).found).toBe(true);
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "3333", client: "f" }, later(34_000))).toEqual({ found: false, retryAfterSeconds: 60 });
  });

  it("slows down one client guessing across many references", async () => {
    await world();
    for (let i = 0; i < 3; i++) await checkStatus(db, { reference: `YW-2026-00010${i}`, digits: "0000", client: "9.9.9.9" }, later(i));
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "9.9.9.9" }, later(10))).toEqual({ found: false, retryAfterSeconds: 30 });
    expect((await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "8.8.8.8" }, later(10))).found).toBe(true);
  });

  it("says an answer is needed (clock paused) while the team waits on the enterprise", async () => {
    const { w } = await world();
    await db.request.update({ where: { reference: "YW-2026-000451" }, data: { status: "NEEDS_INFO" } });
    void w;
    const result = await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "x" }, now);
    expect(result).toMatchObject({ found: true, view: { step: "answer", dueAt: null } });
  });
});
