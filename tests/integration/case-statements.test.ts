import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { loadSession } from "@/lib/auth/principal";
import type { Principal } from "@/lib/auth/types";
import { loadCaseDetail } from "@/lib/cases/detail";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";
import { countStatements } from "./statements";

const db = testDb();
const now = new Date("2026-03-03T12:00:00+08:00");
const counted = countStatements();
beforeEach(async () => {
  await resetDb();
});

/** The statements one case page view sends: the person with the session check and the header's unread count, the case. */
async function pageStatements(who: Principal, reference: string) {
  const { count, value } = await counted(async () => {
    const principal = (await loadSession(who.id, 0, "this-sign-in"))?.principal;
    return loadCaseDetail(principal!, reference, now);
  });
  return { count, events: value!.events.length, files: value!.request.attachments.length, units: value!.request.coHandlings.length };
}

type World = Awaited<ReturnType<typeof makeCaseWorld>>;

/** `n` more of everything the page lists: timeline entries (assignments naming people), files, pauses, co-handling units. */
async function grow(w: World, requestId: string, n: number) {
  const people = [w.users.officerA.id, w.users.officerB.id, w.users.lead.id];
  for (let i = 0; i < n; i++) {
    await db.event.create({ data: { requestId, actorId: w.users.lead.id, kind: "ASSIGNED", visibility: "INTERNAL", data: { assigneeId: people[i % 3] } } });
    await db.event.create({ data: { requestId, actorId: w.users.officerA.id, kind: "REPLY", text: `回复${i}` } });
    await db.attachment.create({
      data: { requestId, uploaderId: w.users.staff.id, originalName: `f${i}.pdf`, storageKey: randomUUID(), mime: "application/pdf", size: 10, sha256: "x" },
    });
    await db.slaPause.create({
      data: {
        requestId,
        reason: "QUESTION",
        startedAt: new Date(now.getTime() - (n - i) * 3_600_000),
        endedAt: new Date(now.getTime() - (n - i) * 3_600_000 + 60_000),
      },
    });
  }
  const { unit } = w.other;
  await db.coHandling.create({ data: { requestId, unitId: w.bureau.id, addedById: w.users.lead.id } });
  await db.coHandling.create({ data: { requestId, unitId: unit.id, addedById: w.users.lead.id } });
}

describe("the case page's statements", () => {
  it("stay at most 8 for the assignee, the lead and the admin, and do not grow with what the case holds", async () => {
    const w = await makeCaseWorld(db);
    const kase = await makeCase(db, w, { assigneeId: w.users.officerA.id, status: "IN_PROGRESS" });
    const viewers = { assignee: w.as.officerA, lead: w.as.lead, admin: w.as.admin } as const;
    const few: Record<string, Awaited<ReturnType<typeof pageStatements>>> = {};
    for (const [who, p] of Object.entries(viewers)) few[who] = await pageStatements(p, kase.reference);
    await grow(w, kase.id, 12);
    for (const [who, p] of Object.entries(viewers)) {
      const many = await pageStatements(p, kase.reference);
      // The hook sees the statements at all, and the page shows what was added.
      expect(few[who]!.count, who).toBeGreaterThanOrEqual(3);
      expect(many.events, who).toBe(few[who]!.events + 24);
      expect(many.files, who).toBe(12);
      expect(many.units, who).toBe(2);
      expect(many.count, who).toBe(few[who]!.count);
      expect(many.count, who).toBeLessThanOrEqual(8);
    }
  });
});
