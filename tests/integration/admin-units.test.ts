import { beforeEach, describe, expect, it } from "vitest";
import { moveCase } from "@/lib/admin/move-case";
import { createTownship, createUnit, listUnitsWithLoad, renameTownship, updateUnit } from "@/lib/admin/units";
import { visibleRequests } from "@/lib/requests/access";
import { ValidationError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { makeAdminPrincipal } from "../fixtures/admin";

const now = new Date("2026-03-03T09:00:00+08:00");

beforeEach(() => resetDb());

describe("units and townships", () => {
  it("creates a township and its team, refuses a second team for it and a taken code, and audits renames", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const townshipId = await createTownship(admin, { code: "DACHEN", nameZh: "大陈镇", nameEn: "Dachen Town" });
    const unitId = await createUnit(admin, { code: "DACHEN", kind: "TOWNSHIP", nameZh: "大陈镇助企服务团", nameEn: "Dachen Team", townshipId });
    expect(await db.unit.findUniqueOrThrow({ where: { id: unitId } })).toMatchObject({ kind: "TOWNSHIP", townshipId });

    await expect(createUnit(admin, { code: "DACHEN2", kind: "TOWNSHIP", nameZh: "重复", nameEn: "Dup", townshipId })).rejects.toMatchObject({
      fieldErrors: { townshipId: ["townshipTaken"] },
    });
    await expect(createUnit(admin, { code: "DACHEN", kind: "BUREAU", nameZh: "重复", nameEn: "Dup", townshipId: undefined })).rejects.toMatchObject({
      fieldErrors: { code: ["codeTaken"] },
    });
    await expect(createTownship(admin, { code: "DACHEN", nameZh: "x", nameEn: "x" })).rejects.toThrow(ValidationError);

    await updateUnit(admin, unitId, { nameZh: "大陈镇企业服务团", nameEn: "Dachen Enterprise Service Team", townshipId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.update", entityId: unitId } });
    expect(audit.before).toMatchObject({ nameZh: "大陈镇助企服务团" });
    expect(audit.after).toMatchObject({ nameZh: "大陈镇企业服务团" });
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(3);
  });

  it("renames a township in both languages, keeping its code and team, with the before and after audited", async () => {
    const db = testDb();
    const admin = await makeAdminPrincipal(db);
    const townshipId = await createTownship(admin, { code: "JIANGDONG", nameZh: "江东镇", nameEn: "Jiangdong Town" });
    const unitId = await createUnit(admin, { code: "JIANGDONG", kind: "TOWNSHIP", nameZh: "江东服务团", nameEn: "Jiangdong Team", townshipId });

    await renameTownship(admin, { townshipId, nameZh: "江东街道", nameEn: "Jiangdong Subdistrict" });
    expect(await db.township.findUniqueOrThrow({ where: { id: townshipId } })).toMatchObject({
      code: "JIANGDONG",
      nameZh: "江东街道",
      nameEn: "Jiangdong Subdistrict",
    });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unitId } })).townshipId).toBe(townshipId);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "township.update", entityId: townshipId } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { nameZh: "江东镇" }, after: { nameZh: "江东街道", nameEn: "Jiangdong Subdistrict" } });

    await expect(renameTownship(admin, { townshipId: "nope", nameZh: "x", nameEn: "x" })).rejects.toMatchObject({
      fieldErrors: { townshipId: ["townshipNotFound"] },
    });
    const a = await makeCaseWorld(db);
    await expect(renameTownship(a.as.lead, { townshipId, nameZh: "x", nameEn: "x" })).rejects.toThrow();
    expect((await db.township.findUniqueOrThrow({ where: { id: townshipId } })).nameZh).toBe("江东街道");
  });

  it("shows each unit's members, open load and overdue count", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    await makeCase(db, w, { status: "IN_PROGRESS", dueAt: new Date(now.getTime() - 3_600_000) });
    await makeCase(db, w, { status: "SUBMITTED", dueAt: new Date(now.getTime() + 3_600_000) });
    await makeCase(db, w, { status: "NEEDS_INFO", dueAt: new Date(now.getTime() - 3_600_000) });
    await makeCase(db, w, { status: "RESOLVED", dueAt: new Date(now.getTime() - 3_600_000) });
    const units = await listUnitsWithLoad(w.as.admin, now);
    const team = units.find((u) => u.id === w.unit.id)!;
    expect(team).toMatchObject({ openCount: 3, overdueCount: 1 });
    expect(team.members.map((m) => m.id).sort()).toEqual([w.users.lead.id, w.users.officerA.id, w.users.officerB.id].sort());
  });
});

describe("moving a case on purpose", () => {
  it("hands it to the other unit's queue unassigned, with a MOVED event and an audit row", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const request = await makeCase(db, w, { status: "ACCEPTED", assigneeId: w.users.officerA.id });

    await moveCase(w.as.admin, request.reference, w.bureau.id, "需要出入境管理局办理", now);

    const moved = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(moved).toMatchObject({ unitId: w.bureau.id, assigneeId: null, status: "ACCEPTED", version: request.version + 1 });
    const event = await db.event.findFirstOrThrow({ where: { requestId: request.id, kind: "MOVED" } });
    expect(event).toMatchObject({ actorId: w.users.admin.id, text: "需要出入境管理局办理", visibility: "INTERNAL" });
    expect(event.data).toMatchObject({ fromUnit: w.unit.code, toUnit: w.bureau.code });
    expect(await db.auditLog.count({ where: { action: "case.move", entityId: request.id } })).toBe(1);

    // The old unit no longer sees it; the new one does.
    expect(await db.request.count({ where: { AND: [{ id: request.id }, visibleRequests(w.as.officerA)] } })).toBe(0);
    expect(await db.request.count({ where: { AND: [{ id: request.id }, visibleRequests(w.as.bureauOfficer)] } })).toBe(1);
  });

  it("refuses an unknown case, the unit it is already in, a missing reason, and non-admins", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const request = await makeCase(db, w);
    await expect(moveCase(w.as.admin, "YW-2026-999999", w.bureau.id, "x", now)).rejects.toMatchObject({ fieldErrors: { reference: ["caseNotFound"] } });
    await expect(moveCase(w.as.admin, request.reference, w.unit.id, "x", now)).rejects.toMatchObject({ fieldErrors: { unitId: ["sameUnit"] } });
    await expect(moveCase(w.as.admin, request.reference, w.bureau.id, "  ", now)).rejects.toMatchObject({ fieldErrors: { reason: ["required"] } });
    await expect(moveCase(w.as.lead, request.reference, w.bureau.id, "x", now)).rejects.toThrow(/not found/);
    expect((await db.request.findUniqueOrThrow({ where: { id: request.id } })).unitId).toBe(w.unit.id);
  });
});
