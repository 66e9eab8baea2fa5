import { beforeEach, describe, expect, it } from "vitest";
import { addReply } from "@/lib/cases/replies";
import { revealIdentifiers, seesIdentifiers } from "@/lib/cases/reveal";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
beforeEach(() => resetDb());

describe("replies and notes", () => {
  it("enterprise posts public replies only; co-handling units post both; a unit's public reply is the first response", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { assigneeId: w.users.officerA.id });
    await db.coHandling.create({ data: { requestId: c.id, unitId: w.bureau.id, addedById: w.users.lead.id } });
    await expect(addReply(w.as.staff, c.reference, { body: "悄悄话", visibility: "INTERNAL" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addReply(w.as.otherOfficer, c.reference, { body: "x", visibility: "PUBLIC" })).rejects.toBeInstanceOf(NotFoundError);

    const when = new Date("2026-03-02T10:00:00+08:00");
    await addReply(w.as.staff, c.reference, { body: "司机电话已更新", visibility: "PUBLIC" }, when);
    await addReply(w.as.bureauOfficer, c.reference, { body: "交警已安排引导车", visibility: "INTERNAL" }, when);
    await addReply(w.as.bureauOfficer, c.reference, { body: "请司机走东侧通道", visibility: "PUBLIC" }, when);

    const row = await db.request.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.events.map((e) => [e.kind, e.visibility])).toEqual([
      ["REPLY", "PUBLIC"],
      ["NOTE", "INTERNAL"],
      ["REPLY", "PUBLIC"],
    ]);
    expect(row.firstResponseAt).toEqual(when);
    expect(row.version).toBe(0);
    // The enterprise's reply and the co-handler's note reach the assignee; the public reply reaches the enterprise.
    expect(await db.notification.count({ where: { userId: w.users.officerA.id, kind: "REPLY" } })).toBe(2);
    expect(await db.notification.count({ where: { userId: w.users.staff.id, kind: "REPLY" } })).toBe(1);
  });
});

describe("revealing identifiers", () => {
  it("the enterprise and the assignee see numbers; another officer, a co-handler and the admin only for a while after a reason", async () => {
    const w = await makeCaseWorld(db);
    const c = await makeCase(db, w, { assigneeId: w.users.officerA.id });
    const now = new Date("2026-03-02T10:00:00+08:00");
    expect(await seesIdentifiers(w.as.officerA, c, now)).toBe(true);
    expect(await seesIdentifiers(w.as.admin, c, now)).toBe(false);
    expect(await seesIdentifiers(w.as.staff, c, now)).toBe(true);
    expect(await seesIdentifiers(w.as.officerB, c, now)).toBe(false);
    await expect(revealIdentifiers(w.as.officerB, c.reference, " ", now)).rejects.toThrow();
    await expect(revealIdentifiers(w.as.otherOfficer, c.reference, "好奇", now)).rejects.toBeInstanceOf(NotFoundError);
    await revealIdentifiers(w.as.officerB, c.reference, "电话核实护照号", now);
    expect(await seesIdentifiers(w.as.officerB, c, new Date(now.getTime() + 10 * 60_000))).toBe(true);
    expect(await seesIdentifiers(w.as.officerB, c, new Date(now.getTime() + 40 * 60_000))).toBe(false);
    expect(await db.event.findFirst({ where: { requestId: c.id, kind: "REVEAL" } })).toMatchObject({
      actorId: w.users.officerB.id,
      text: "电话核实护照号",
      visibility: "INTERNAL",
    });

    await db.coHandling.create({ data: { requestId: c.id, unitId: w.bureau.id, addedById: w.users.lead.id } });
    expect(await seesIdentifiers(w.as.bureauOfficer, c, now)).toBe(false);
    await revealIdentifiers(w.as.admin, c.reference, "市级抽查", now);
    expect(await seesIdentifiers(w.as.admin, c, now)).toBe(true);
    // Every reveal is in the audit log, with who, which case and why.
    const audit = await db.auditLog.findMany({
      where: { action: "case.reveal" },
      orderBy: { id: "asc" },
      select: { actorId: true, entity: true, entityId: true, after: true },
    });
    expect(audit).toEqual([
      { actorId: w.users.officerB.id, entity: "Request", entityId: c.id, after: { reference: c.reference, reason: "电话核实护照号" } },
      { actorId: w.users.admin.id, entity: "Request", entityId: c.id, after: { reference: c.reference, reason: "市级抽查" } },
    ]);
  });
});

describe("notify", () => {
  it("writes once per dedupe key and follows each person's channel", async () => {
    const results: Record<string, { channel: string; to: string }[]> = {};
    for (const channel of ["EMAIL", "SMS", "PHONE", "IN_APP"] as const) {
      const w = await makeCaseWorld(db, { contactChannel: channel });
      await db.user.update({ where: { id: w.users.staff.id }, data: { phone: "13900000001" } });
      const input = {
        userIds: [w.users.staff.id, w.users.officerA.id],
        kind: "REMINDER" as const,
        params: { reference: "YW-2026-000001", type: "GENERAL", dueAt: "2026-03-02T01:00:00.000Z" },
        dedupeKey: `k-${channel}`,
      };
      expect(await db.$transaction((tx) => notify(tx, input))).toBe(2);
      expect(await db.$transaction((tx) => notify(tx, input))).toBe(0);
      const rows = await db.outbox.findMany({ where: { notification: { userId: w.users.staff.id } }, select: { channel: true, to: true } });
      results[channel] = rows;
      const staffEmails = await db.outbox.findMany({ where: { notification: { userId: w.users.officerA.id } } });
      expect(staffEmails).toMatchObject([{ channel: "EMAIL", to: w.users.officerA.email, status: "PENDING" }]);
      expect(staffEmails[0]!.body).toContain("/cases/YW-2026-000001");
    }
    expect(results.EMAIL).toEqual([{ channel: "EMAIL", to: expect.stringContaining("@") }]);
    expect(results.SMS).toEqual([{ channel: "SMS", to: "13900000001" }]);
    expect(results.PHONE).toEqual([{ channel: "SMS", to: "13900000001" }]);
    expect(results.IN_APP).toEqual([]);
  });
});
