import { beforeEach, describe, expect, it } from "vitest";
import { setCalendarDay } from "@/lib/admin/calendar";
import { setEnterpriseLiaison } from "@/lib/admin/enterprise-changes";
import { createTownship, createUnit, updateUnit } from "@/lib/admin/units";
import { submitRequest } from "@/lib/intake/submit";
import { resetDb, testDb } from "./db";
import { makeCaseWorld } from "../fixtures/cases";
import { formKey, supplyChainDetails } from "../fixtures/admin";

beforeEach(() => resetDb());

// Friday 6 March 2026, 10:00 in Yiwu: a GENERAL request owes its first response one working day later.
const friday = new Date("2026-03-06T10:00:00+08:00");
const general = { type: "GENERAL", details: { subject: "用工对接", description: "需要协调复工人员返岗" } };

describe("the working-day calendar", () => {
  it("moves the due time of a request filed after an edit, and leaves the one filed before alone", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const before = await submitRequest(w.as.staff, { ...general, idempotencyKey: formKey() }, friday);
    const old = await db.request.findUniqueOrThrow({ where: { reference: before.reference } });
    expect(old.firstResponseDueAt).toEqual(new Date("2026-03-09T10:00:00+08:00"));

    // The city declares Monday 9 March a holiday.
    await setCalendarDay(w.as.admin, { day: "2026-03-09", kind: "HOLIDAY", note: "临时调整" });
    const after = await submitRequest(w.as.staff, { ...general, idempotencyKey: formKey() }, friday);

    const fresh = await db.request.findUniqueOrThrow({ where: { reference: after.reference } });
    expect(fresh.firstResponseDueAt).toEqual(new Date("2026-03-10T10:00:00+08:00"));
    expect((await db.request.findUniqueOrThrow({ where: { id: old.id } })).firstResponseDueAt).toEqual(old.firstResponseDueAt);
    expect((await db.request.findUniqueOrThrow({ where: { id: old.id } })).dueAt).toEqual(old.dueAt);

    // A weekend declared a working day (调休) pulls the next request's due time in again.
    await setCalendarDay(w.as.admin, { day: "2026-03-07", kind: "WORKDAY", note: "调休" });
    const third = await submitRequest(w.as.staff, { ...general, idempotencyKey: formKey() }, friday);
    expect((await db.request.findUniqueOrThrow({ where: { reference: third.reference } })).firstResponseDueAt).toEqual(new Date("2026-03-07T10:00:00+08:00"));
  });

  it("refuses a make-up working day on a weekday", async () => {
    const w = await makeCaseWorld(testDb());
    await expect(setCalendarDay(w.as.admin, { day: "2026-03-10", kind: "WORKDAY", note: null })).rejects.toMatchObject({
      fieldErrors: { kind: ["workdayOnWeekday"] },
    });
  });
});

describe("routing follows admin changes for new requests", () => {
  it("sends the enterprise's next supply-chain request to the liaison officer the admin assigned", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const first = await submitRequest(w.as.staff, { type: "SUPPLY_CHAIN_HANDOFF", details: supplyChainDetails(friday), idempotencyKey: formKey() }, friday);
    expect(await db.request.findUniqueOrThrow({ where: { reference: first.reference } })).toMatchObject({ unitId: w.unit.id, assigneeId: null });

    await setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.officerB.id);
    const next = await submitRequest(w.as.staff, { type: "SUPPLY_CHAIN_HANDOFF", details: supplyChainDetails(friday), idempotencyKey: formKey() }, friday);
    expect(await db.request.findUniqueOrThrow({ where: { reference: next.reference } })).toMatchObject({ unitId: w.unit.id, assigneeId: w.users.officerB.id });
    // The request filed before keeps its (empty) assignment.
    expect((await db.request.findUniqueOrThrow({ where: { reference: first.reference } })).assigneeId).toBeNull();
  });

  it("sends a township's new requests to the team it is attached to; earlier cases stay with their unit", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const old = await submitRequest(w.as.staff, { ...general, idempotencyKey: formKey() }, friday);

    // The old team moves to a new township of its own; a new team takes over the enterprise's township.
    const elsewhere = await createTownship(w.as.admin, { code: "NEWTOWN", nameZh: "新镇", nameEn: "New Town" });
    await updateUnit(w.as.admin, w.unit.id, { nameZh: w.unit.nameZh, nameEn: w.unit.nameEn, townshipId: elsewhere });
    const team = await createUnit(w.as.admin, { code: "NEWTEAM", kind: "TOWNSHIP", nameZh: "新服务团", nameEn: "New Team", townshipId: w.township.id });

    const fresh = await submitRequest(w.as.staff, { ...general, idempotencyKey: formKey() }, friday);
    expect((await db.request.findUniqueOrThrow({ where: { reference: fresh.reference } })).unitId).toBe(team);
    expect((await db.request.findUniqueOrThrow({ where: { reference: old.reference } })).unitId).toBe(w.unit.id);
  });
});
