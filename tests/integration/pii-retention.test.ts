import { beforeEach, describe, expect, it } from "vitest";
import { queuePage } from "@/lib/cases/queue";
import { getOwnRequest } from "@/lib/requests/own-request";
import { loadCaseDetail } from "@/lib/cases/detail";
import { encryptLegacyIdentifiers } from "@/lib/pii/legacy";
import { eraseExpiredIdentifiers } from "@/lib/pii/retention";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
beforeEach(() => resetDb());

const DAY = 86_400_000;
const ENDED = new Date("2026-03-10T12:00:00+08:00");
const at = (days: number, ms = 0) => new Date(ENDED.getTime() + days * DAY + ms);

describe("retention of passport and ID numbers", () => {
  it("erases them RETENTION_DAYS after a case ended (closed, not accepted, withdrawn), keeps the mask, and says so on the timeline, once", async () => {
    const w = await makeCaseWorld(db);
    const visa = (n: string, data: Parameters<typeof makeCase>[2]) =>
      makeCase(db, w, { type: "VISA_EXTENSION", assigneeId: w.users.officerA.id, details: { passportNumber: n }, ...data });
    const closed = await visa("H00000001", { status: "CLOSED", closedAt: ENDED });
    const closedLater = await visa("H00000002", { status: "CLOSED", closedAt: at(10) });
    const open = await visa("H00000003", { status: "IN_PROGRESS" });
    const withdrawn = await visa("H00000004", { status: "WITHDRAWN", withdrawnAt: ENDED });
    const rejected = await visa("H00000005", { status: "REJECTED" });
    await db.event.create({
      data: { requestId: rejected.id, kind: "STATUS", fromStatus: "SUBMITTED", toStatus: "REJECTED", createdAt: ENDED, data: { action: "reject" } },
    });
    await encryptLegacyIdentifiers(db);

    // The fake clock: a minute before the 180 days are up, nothing goes.
    expect(await eraseExpiredIdentifiers(db, at(180, -60_000))).toBe(0);
    expect(await eraseExpiredIdentifiers(db, at(180, 60_000))).toBe(3);
    expect(await eraseExpiredIdentifiers(db, at(181))).toBe(0);

    const rows = await db.sensitiveValue.findMany();
    const ended = [closed.id, withdrawn.id, rejected.id];
    for (const r of rows) {
      const gone = ended.includes(r.requestId);
      // The secret, its key id and its blind index go; the mask stays, with when it was erased.
      expect([r.masked, r.erasedAt?.getTime() ?? null, r.ciphertext === null, r.keyId === null, r.blindIndex === null]).toEqual([
        "H0000****",
        gone ? at(180, 60_000).getTime() : null,
        gone,
        gone,
        gone,
      ]);
    }
    for (const id of [closedLater.id, open.id]) expect(await db.sensitiveValue.count({ where: { requestId: id, erasedAt: null } })).toBe(1);

    // The timeline says what went and under which period; the enterprise and the assignee now see only the mask.
    expect(await db.event.findMany({ where: { kind: "ERASED" }, select: { requestId: true, visibility: true, data: true } })).toEqual(
      expect.arrayContaining(
        [closed.id, withdrawn.id, rejected.id].map((requestId) => ({
          requestId,
          visibility: "INTERNAL",
          data: { fields: ["passportNumber"], retentionDays: 180 },
        })),
      ),
    );
    expect((await getOwnRequest(w.as.staff, closed.reference))!.fields.find((f) => f.name === "passportNumber")).toMatchObject({
      value: "H0000****",
      erased: true,
      masked: false,
    });
    const detail = await loadCaseDetail(w.as.officerA, closed.reference);
    expect(detail!.fields.find((f) => f.name === "passportNumber")).toMatchObject({ value: "H0000****", erased: true });
    expect(detail!.identifiers.masked).toBe(false);
    // An erased number no longer finds its case; a kept one still does.
    expect((await queuePage(w.as.lead, { tab: "all", q: "H00000001" })).rows).toEqual([]);
    expect((await queuePage(w.as.lead, { tab: "all", q: "H00000002" })).rows.map((r) => r.reference)).toEqual([closedLater.reference]);
  });

  it("follows a configured period", async () => {
    const w = await makeCaseWorld(db);
    await makeCase(db, w, { type: "VISA_EXTENSION", details: { passportNumber: "J00000001" }, status: "CLOSED", closedAt: ENDED });
    await encryptLegacyIdentifiers(db);
    expect(await eraseExpiredIdentifiers(db, at(29), 30)).toBe(0);
    expect(await eraseExpiredIdentifiers(db, at(31), 30)).toBe(1);
  });
});
