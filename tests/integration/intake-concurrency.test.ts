import { beforeEach, describe, expect, it } from "vitest";
import { submitRequest } from "@/lib/intake/submit";
import { formKey, generalDetails, makeIntakeWorld } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
const NOW = new Date("2026-11-27T10:00:00+08:00");

beforeEach(() => resetDb());

describe("references under concurrent submissions", () => {
  it("gives 20 simultaneous submissions 20 distinct references with no gap, even when duplicates race and roll back", async () => {
    const w = await makeIntakeWorld(db);
    const keys = Array.from({ length: 20 }, () => formKey());
    // Five of the twenty forms are also sent a second time at the same moment (a double click).
    const sends = [...keys, ...keys.slice(0, 5)].map((idempotencyKey) =>
      submitRequest(w.as.staff, { type: "GENERAL", details: generalDetails(), idempotencyKey }, NOW),
    );
    const results = await Promise.all(sends);

    const created = results
      .filter((r) => r.created)
      .map((r) => r.reference)
      .sort();
    expect(created).toEqual(Array.from({ length: 20 }, (_, i) => `YW-2026-${String(i + 1).padStart(6, "0")}`));
    // Each repeat answers with its own form's request.
    results.slice(20).forEach((r, i) => expect(r.reference).toBe(results[i]!.reference));
    expect(await db.request.count()).toBe(20);
    expect(await db.requestCounter.findUniqueOrThrow({ where: { year: 2026 } })).toEqual({ year: 2026, last: 20 });
  });
});
