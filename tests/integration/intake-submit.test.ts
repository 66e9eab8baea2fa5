import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { prepareUploads } from "@/lib/files/uploads";
import { minimalPdf } from "@/lib/files/test-images";
import { RateLimitedError } from "@/lib/limits/action-rate";
import { getOwnRequest } from "@/lib/requests/own-request";
import { submitRequest } from "@/lib/intake/submit";
import { formKey, makeIntakeWorld, passportDetails, supplyDetails, tempStorage, visaDetails } from "../fixtures/intake";
import { makeUser, principalOf } from "../fixtures/factory";
import { resetDb, testDb } from "./db";

const db = testDb();
const HOUR = 3_600_000;
// Friday 2026-11-27, 10:00 in Shanghai.
const FRIDAY = new Date("2026-11-27T10:00:00+08:00");

beforeEach(() => resetDb());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (err: unknown) => err,
  );
}

describe("filing a request", () => {
  it("routes a handoff to the township team with the liaison preset, urgent for a whitelisted firm, due on the clock", async () => {
    const w = await makeIntakeWorld(db);
    const { storage } = tempStorage();
    const res = await submitRequest(w.as.staff, { type: "SUPPLY_CHAIN_HANDOFF", details: supplyDetails(FRIDAY), idempotencyKey: formKey() }, FRIDAY, storage);
    expect(res).toEqual({ reference: "YW-2026-000001", created: true });

    const row = await db.request.findUniqueOrThrow({ where: { reference: res.reference }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row).toMatchObject({
      type: "SUPPLY_CHAIN_HANDOFF",
      status: "SUBMITTED",
      unitId: w.unit.id,
      townshipId: w.township.id,
      assigneeId: w.users.liaison.id,
      enterpriseId: w.enterprise.id,
      createdById: w.users.staff.id,
      priority: "URGENT",
      unverified: false,
      version: 0,
    });
    expect(row.firstResponseDueAt).toEqual(new Date(FRIDAY.getTime() + 2 * HOUR));
    expect(row.dueAt).toEqual(new Date(FRIDAY.getTime() + 24 * HOUR));
    // Stored in normal form: what the officer reads and what the seed writes look the same.
    expect(row.details).toMatchObject({ carrierPlate: "苏E12345", supplierContact: "13812345678", receivingPlate: "浙G88888" });
    expect(row.events.map((e) => [e.kind, e.visibility, e.actorId])).toEqual([
      ["CREATED", "PUBLIC", w.users.staff.id],
      ["ASSIGNED", "INTERNAL", null],
    ]);
    expect(row.events[1]!.data).toEqual({ assigneeId: w.users.liaison.id, auto: true });

    const notes = await db.notification.findMany({ where: { requestId: row.id }, select: { userId: true, kind: true } });
    expect(notes).toEqual(
      expect.arrayContaining([
        { userId: w.users.liaison.id, kind: "ASSIGNED" },
        { userId: w.users.officer.id, kind: "NEW_CASE" },
        { userId: w.users.lead.id, kind: "NEW_CASE" },
      ]),
    );
    expect(notes).toHaveLength(3);
  });

  it("sends visas to Exit-Entry unassigned, due in working days from the stored calendar", async () => {
    const w = await makeIntakeWorld(db);
    // Monday 30 November declared a holiday: the first response moves to Tuesday.
    await db.calendarDay.create({ data: { day: new Date("2026-11-30T00:00:00Z"), kind: "HOLIDAY" } });
    const res = await submitRequest(w.as.staff, { type: "VISA_EXTENSION", details: visaDetails(FRIDAY, 5), idempotencyKey: formKey() }, FRIDAY);
    const row = await db.request.findUniqueOrThrow({ where: { reference: res.reference } });
    expect(row).toMatchObject({ unitId: w.exitEntry.id, assigneeId: null, priority: "URGENT", status: "SUBMITTED" });
    expect(row.firstResponseDueAt).toEqual(new Date("2026-12-01T10:00:00+08:00"));
    expect(row.dueAt).toEqual(new Date("2026-12-07T10:00:00+08:00"));
    // The row keeps only the mask; the number is sealed beside it and opens for the enterprise that filed it.
    expect(row.details).toMatchObject({ passportNumber: "C01X0****", nationality: "DEU" });
    expect(await db.sensitiveValue.findMany({ where: { requestId: row.id }, select: { field: true, masked: true } })).toEqual([
      { field: "passportNumber", masked: "C01X0****" },
    ]);
    expect((await getOwnRequest(w.as.staff, res.reference))!.fields.find((f) => f.name === "passportNumber")).toMatchObject({
      value: "C01X00T47",
      masked: false,
    });
    const notified = await db.notification.findMany({ where: { requestId: row.id }, select: { userId: true, kind: true } });
    expect(notified).toEqual([{ userId: w.users.exitOfficer.id, kind: "NEW_CASE" }]);
  });

  it("files for a pending enterprise as unverified, and refuses a rejected one and unit staff", async () => {
    const w = await makeIntakeWorld(db);
    const res = await submitRequest(w.as.pendingStaff, { type: "PASSPORT_EXPEDITE", details: passportDetails(FRIDAY), idempotencyKey: formKey() }, FRIDAY);
    expect(await db.request.findUniqueOrThrow({ where: { reference: res.reference } })).toMatchObject({ unverified: true, priority: "NORMAL" });

    const rejected = await failure(
      submitRequest(w.as.rejectedStaff, { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: formKey() }, FRIDAY),
    );
    expect(rejected).toBeInstanceOf(ForbiddenError);
    const officer = await failure(
      submitRequest(w.as.officer, { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: formKey() }, FRIDAY),
    );
    expect(officer).toBeInstanceOf(ForbiddenError);
    expect(await db.request.count()).toBe(1);
  });

  it("refuses invalid details field by field, and unknown types, without writing or numbering anything", async () => {
    const w = await makeIntakeWorld(db);
    const bad = await failure(
      submitRequest(
        w.as.staff,
        { type: "SUPPLY_CHAIN_HANDOFF", details: { ...supplyDetails(FRIDAY), carrierPlate: "XYZ" }, idempotencyKey: formKey() },
        FRIDAY,
      ),
    );
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).fieldErrors).toEqual({ carrierPlate: ["plate"] });
    const unknown = await failure(submitRequest(w.as.staff, { type: "NOPE", details: {}, idempotencyKey: formKey() }, FRIDAY));
    expect((unknown as ValidationError).fieldErrors).toEqual({ type: ["unknownType"] });
    expect(await db.request.count()).toBe(0);
    const next = await submitRequest(
      w.as.staff,
      { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: formKey() },
      FRIDAY,
    );
    expect(next.reference).toBe("YW-2026-000001");
  });

  it("numbers each Shanghai year from 000001", async () => {
    const w = await makeIntakeWorld(db);
    const general = { subject: "a", description: "道路开挖影响进出" };
    const late = await submitRequest(w.as.staff, { type: "GENERAL", details: general, idempotencyKey: formKey() }, new Date("2026-12-31T23:30:00+08:00"));
    // 2026-12-31T16:30Z is already 2027 in Shanghai.
    const early = await submitRequest(w.as.staff, { type: "GENERAL", details: general, idempotencyKey: formKey() }, new Date("2027-01-01T00:30:00+08:00"));
    const again = await submitRequest(w.as.staff, { type: "GENERAL", details: general, idempotencyKey: formKey() }, new Date("2027-01-02T09:00:00+08:00"));
    expect([late.reference, early.reference, again.reference]).toEqual(["YW-2026-000001", "YW-2027-000001", "YW-2027-000002"]);
  });
});

describe("one submission per intent", () => {
  it("answers a repeated form with the first request, even when the repeats arrive at once", async () => {
    const w = await makeIntakeWorld(db);
    const key = formKey();
    const input = { type: "GENERAL", details: { subject: "道路开挖", description: "影响货车进出" }, idempotencyKey: key };
    const first = await submitRequest(w.as.staff, input, FRIDAY);
    const retry = await submitRequest(w.as.staff, input, new Date(FRIDAY.getTime() + HOUR));
    expect(retry).toEqual({ reference: first.reference, created: false });

    const raceKey = formKey();
    const race = await Promise.all(Array.from({ length: 5 }, () => submitRequest(w.as.staff, { ...input, idempotencyKey: raceKey }, FRIDAY)));
    expect(new Set(race.map((r) => r.reference)).size).toBe(1);
    expect(race.filter((r) => r.created)).toHaveLength(1);
    expect(await db.request.count()).toBe(2);
    // The racing losers took a number and gave it back when they rolled back.
    const next = await submitRequest(w.as.staff, { ...input, idempotencyKey: formKey() }, FRIDAY);
    expect(next.reference).toBe("YW-2026-000003");
  });

  it("does not let another enterprise use a key to learn a request", async () => {
    const w = await makeIntakeWorld(db);
    const key = formKey();
    await submitRequest(w.as.staff, { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: key }, FRIDAY);
    const err = await failure(
      submitRequest(w.as.pendingStaff, { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: key }, FRIDAY),
    );
    expect(err).toMatchObject({ name: "ConflictError" });
  });
});

describe("files sent with the form", () => {
  it("are stored under generated names and recorded with an event; a refused form leaves no file behind", async () => {
    const w = await makeIntakeWorld(db);
    const { storage, files } = tempStorage();
    const pdf = prepareUploads([{ name: "装箱单.pdf", bytes: minimalPdf() }]);
    const res = await submitRequest(
      w.as.staff,
      { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: formKey(), files: pdf },
      FRIDAY,
      storage,
    );
    const row = await db.request.findUniqueOrThrow({ where: { reference: res.reference }, include: { attachments: true, events: true } });
    expect(row.attachments).toHaveLength(1);
    expect(row.attachments[0]).toMatchObject({ originalName: "装箱单.pdf", mime: "application/pdf", visibility: "PUBLIC", uploaderId: w.users.staff.id });
    expect(row.attachments[0]!.storageKey).not.toContain("装箱单");
    expect(row.events.find((e) => e.kind === "ATTACHMENT")).toMatchObject({ text: "装箱单.pdf", visibility: "PUBLIC" });
    expect(files()).toHaveLength(1);

    await db.enterprise.update({ where: { id: w.enterprise.id }, data: { status: "REJECTED" } });
    await failure(
      submitRequest(
        w.as.staff,
        { type: "GENERAL", details: { subject: "a", description: "道路开挖影响进出" }, idempotencyKey: formKey(), files: pdf },
        FRIDAY,
        storage,
      ),
    );
    expect(files()).toHaveLength(1);
  });
});

describe("declared flags and flooding (audit, issue 12)", () => {
  it("counts a declared whitelist only once an officer has verified the company", async () => {
    const w = await makeIntakeWorld(db);
    await db.enterprise.update({ where: { id: w.pending.id }, data: { whitelisted: true } });
    // Arrival in 30 hours: urgent only because of the whitelist.
    const before = await submitRequest(
      w.as.pendingStaff,
      { type: "SUPPLY_CHAIN_HANDOFF", details: supplyDetails(FRIDAY, 30), idempotencyKey: formKey() },
      FRIDAY,
    );
    expect(await db.request.findUniqueOrThrow({ where: { reference: before.reference } })).toMatchObject({ priority: "NORMAL", unverified: true });
    const passport = await submitRequest(
      w.as.pendingStaff,
      { type: "PASSPORT_EXPEDITE", details: passportDetails(FRIDAY, 30), idempotencyKey: formKey() },
      FRIDAY,
    );
    expect(await db.request.findUniqueOrThrow({ where: { reference: passport.reference } })).toMatchObject({ priority: "NORMAL" });

    await db.enterprise.update({ where: { id: w.pending.id }, data: { status: "VERIFIED" } });
    const after = await submitRequest(
      w.as.pendingStaff,
      { type: "SUPPLY_CHAIN_HANDOFF", details: supplyDetails(FRIDAY, 30), idempotencyKey: formKey() },
      FRIDAY,
    );
    expect(await db.request.findUniqueOrThrow({ where: { reference: after.reference } })).toMatchObject({ priority: "URGENT", unverified: false });
  });

  it("refuses the 21st request of a person within an hour, keeps the unit's inboxes bounded, and lets them file again the next hour", async () => {
    const w = await makeIntakeWorld(db);
    const file = (at: Date) =>
      submitRequest(w.as.pendingStaff, { type: "GENERAL", details: { subject: "急需协调", description: "请尽快联系我们处理" }, idempotencyKey: formKey() }, at);
    for (let i = 0; i < 20; i++) await file(new Date(FRIDAY.getTime() + i * 600));
    const refused = await failure(file(new Date(FRIDAY.getTime() + 12_000)));
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(await db.request.count({ where: { enterpriseId: w.pending.id } })).toBe(20);
    // Nothing of the refused one reached anyone.
    const notices = await db.notification.count({ where: { request: { enterpriseId: w.pending.id } } });
    expect(notices).toBe(20 * 3);
    await expect(file(new Date(FRIDAY.getTime() + HOUR + 1))).resolves.toMatchObject({ created: true });
  });

  it("limits a company as a whole, across its staff", async () => {
    const w = await makeIntakeWorld(db);
    const colleagues = await Promise.all([0, 1, 2].map(async () => principalOf(db, (await makeUser(db, "ENTERPRISE", { enterpriseId: w.enterprise.id })).id)));
    const file = (p: (typeof colleagues)[number], i: number) =>
      submitRequest(
        p,
        { type: "GENERAL", details: { subject: `第 ${i} 件`, description: "请尽快联系我们处理" }, idempotencyKey: formKey() },
        new Date(FRIDAY.getTime() + i * 1000),
      );
    for (let i = 0; i < 40; i++) await file(colleagues[i % 2]!, i);
    await expect(file(colleagues[2]!, 41)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
