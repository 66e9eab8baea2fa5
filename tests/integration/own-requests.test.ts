import { beforeEach, describe, expect, it } from "vitest";
import { listOwnRequests, ownTurn } from "@/lib/requests/own-requests";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { makeEnterprise, makeUser, principalOf } from "../fixtures/factory";
import { resetDb, testDb } from "./db";

const db = testDb();

beforeEach(() => resetDb());

describe("an enterprise's own list", () => {
  it("puts questions to answer and resolutions to confirm on top, with the question asked, and nothing of another enterprise", async () => {
    const w = await makeCaseWorld(db);
    const asked = await makeCase(db, w, { status: "NEEDS_INFO", details: { goods: "热轧钢卷" } });
    await db.slaPause.create({
      data: { requestId: asked.id, reason: "QUESTION", note: "请补充到货车辆的车牌", startedAt: new Date("2026-03-02T10:00:00+08:00") },
    });
    const resolved = await makeCase(db, w, { status: "RESOLVED" });
    await makeCase(db, w, { status: "IN_PROGRESS" });
    await makeCase(db, w, { status: "CLOSED" });
    const otherEnterprise = await makeEnterprise(db, w.township.id);
    await makeCase(db, w, { status: "NEEDS_INFO", enterpriseId: otherEnterprise.id });

    const turn = await ownTurn(w.as.staff);
    expect(turn.map((r) => r.reference).sort()).toEqual([asked.reference, resolved.reference].sort());
    expect(turn.find((r) => r.reference === asked.reference)).toMatchObject({ status: "NEEDS_INFO", question: "请补充到货车辆的车牌", summary: "热轧钢卷" });
    expect(turn.find((r) => r.reference === resolved.reference)).toMatchObject({ status: "RESOLVED", question: null });
    // Staff of the other enterprise see only their own.
    const colleague = await principalOf(db, (await makeUser(db, "ENTERPRISE", { enterpriseId: otherEnterprise.id })).id);
    expect(await ownTurn(colleague)).toHaveLength(1);
  });

  it("searches its requests by a word inside them or by reference, never reaching another enterprise's", async () => {
    const w = await makeCaseWorld(db);
    const steel = await makeCase(db, w, { details: { goods: "热轧钢卷" } });
    const general = await makeCase(db, w, { type: "GENERAL", details: { subject: "用工招聘对接", description: "需要普工二十名" } });
    const otherEnterprise = await makeEnterprise(db, w.township.id);
    await makeCase(db, w, { enterpriseId: otherEnterprise.id, details: { goods: "热轧钢卷" } });
    const refs = async (q: string) => (await listOwnRequests(w.as.staff, { q })).rows.map((r) => r.reference);
    expect(await refs("钢卷")).toEqual([steel.reference]);
    expect(await refs("招聘")).toEqual([general.reference]);
    expect(await refs(general.reference)).toEqual([general.reference]);
    expect(await refs("普工")).toEqual([]);
    expect((await listOwnRequests(w.as.staff, {})).rows.find((r) => r.reference === general.reference)?.summary).toBe("用工招聘对接");
  });
});
