import { beforeEach, describe, expect, it } from "vitest";
import { queueExportBatches } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
const now = new Date("2026-03-02T12:00:00+08:00");
const due = (hours: number) => new Date(now.getTime() + hours * HOUR);

beforeEach(() => resetDb());

async function exported(...args: Parameters<typeof queueExportBatches>) {
  const batches: string[][] = [];
  for await (const batch of queueExportBatches(...args)) batches.push(batch.map((r) => r.reference));
  return batches;
}

describe("the queue's current view as a ledger export", () => {
  it("walks every row of the view in queue order by keyset, merging own and co-handled cases, none twice", async () => {
    const w = await makeCaseWorld(db);
    // The bureau's own cases and cases of the township team it co-handles, due times interleaved.
    const own = await Promise.all([1, 4, 6, 9].map((h) => makeCase(db, w, { unitId: w.bureau.id, dueAt: due(h) })));
    const helped = await Promise.all([2, 3, 5, 7, 8].map((h) => makeCase(db, w, { dueAt: due(h) })));
    for (const c of helped) await db.coHandling.create({ data: { requestId: c.id, unitId: w.bureau.id, addedById: w.users.lead.id } });
    await makeCase(db, w, { dueAt: due(2.5) }); // the township's, not co-handled: not the bureau's to see

    const expected = [...own, ...helped].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).map((c) => c.reference);
    const batches = await exported(w.as.bureauOfficer, parseQueueFilters({ tab: "all" }), now, db, 2);
    expect(batches.flat()).toEqual(expected);
    expect(batches.every((b) => b.length > 0)).toBe(true);
    // One batch when the batch is larger than the view.
    expect(await exported(w.as.bureauOfficer, parseQueueFilters({ tab: "all" }), now, db, 500)).toEqual([expected]);
  });

  it("keeps the view's tab and filters", async () => {
    const w = await makeCaseWorld(db);
    const submitted = await makeCase(db, w, { dueAt: due(1) });
    await makeCase(db, w, { dueAt: due(2), status: "RESOLVED", resolvedAt: now });
    const resolved = await exported(w.as.officerA, parseQueueFilters({ tab: "resolved" }), now, db, 2);
    expect(resolved.flat()).toHaveLength(1);
    expect((await exported(w.as.officerA, parseQueueFilters({ status: "SUBMITTED" }), now, db, 2)).flat()).toEqual([submitted.reference]);
    expect((await exported(w.as.otherOfficer, parseQueueFilters({ tab: "all" }), now, db, 2)).flat()).toEqual([]);
  });
});
