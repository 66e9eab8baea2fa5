import { beforeEach, describe, expect, it } from "vitest";
import { setEnterpriseFlags, setEnterpriseLiaison } from "@/lib/admin/enterprise-changes";
import { getEnterpriseForStaff, listEnterprises, liaisonCandidates } from "@/lib/admin/enterprises";
import { NotFoundError } from "@/lib/errors";
import { resetDb, testDb } from "./db";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { makeEnterprise } from "../fixtures/factory";

beforeEach(() => resetDb());

describe("who sees which enterprises", () => {
  it("gives an admin the city, an officer or lead their township, a bureau none, and anyone else nothing", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const elsewhere = await makeEnterprise(db, (await db.unit.findUniqueOrThrow({ where: { id: w.other.unit.id } })).townshipId!);

    const ids = async (p: typeof w.as.admin) => (await listEnterprises(p, {})).rows.map((r) => r.id).sort();
    expect(await ids(w.as.admin)).toEqual([w.enterprise.id, elsewhere.id].sort());
    expect(await ids(w.as.officerA)).toEqual([w.enterprise.id]);
    expect(await ids(w.as.otherOfficer)).toEqual([elsewhere.id]);
    expect(await ids(w.as.bureauOfficer)).toEqual([]);
    await expect(listEnterprises(w.as.staff, {})).rejects.toThrow(NotFoundError);

    expect(await getEnterpriseForStaff(w.as.otherOfficer, w.enterprise.id)).toBeNull();
    expect(await getEnterpriseForStaff(w.as.officerA, w.enterprise.id)).toMatchObject({ name: w.enterprise.name });
  });

  it("finds an enterprise by part of its name or the start of its credit code", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const named = await makeEnterprise(db, w.township.id, { name: "义乌市赤岸精密模具有限公司" });
    expect((await listEnterprises(w.as.admin, { q: "精密模具" })).rows.map((r) => r.id)).toEqual([named.id]);
    expect((await listEnterprises(w.as.admin, { q: named.uscc.slice(0, 17).toLowerCase() })).rows.map((r) => r.id)).toEqual([named.id]);
  });

  it("shows only the enterprise's requests the person may see", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const mine = await makeCase(db, w);
    await makeCase(db, w, { unitId: w.bureau.id });
    expect((await getEnterpriseForStaff(w.as.officerA, w.enterprise.id))!.requests.map((r) => r.id)).toEqual([mine.id]);
    expect((await getEnterpriseForStaff(w.as.admin, w.enterprise.id))!.requests).toHaveLength(2);
  });
});

describe("flags and the liaison officer", () => {
  it("are changed by an admin or the township's lead, never an officer or another township's staff", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    const flags = { whitelisted: true, aboveScale: true };
    await expect(setEnterpriseFlags(w.as.officerA, w.enterprise.id, flags)).rejects.toThrow(NotFoundError);
    await expect(setEnterpriseFlags(w.as.otherOfficer, w.enterprise.id, flags)).rejects.toThrow(NotFoundError);
    await expect(setEnterpriseLiaison(w.as.officerA, w.enterprise.id, w.users.officerA.id)).rejects.toThrow(NotFoundError);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: w.enterprise.id } })).toMatchObject({ whitelisted: false, liaisonId: null });

    await setEnterpriseFlags(w.as.lead, w.enterprise.id, flags);
    await setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.officerB.id);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: w.enterprise.id } })).toMatchObject({
      whitelisted: true,
      aboveScale: true,
      liaisonId: w.users.officerB.id,
    });

    // Who changed what, and when, is on the enterprise's page.
    const page = await getEnterpriseForStaff(w.as.officerA, w.enterprise.id);
    expect(page!.history.map((h) => [h.action, h.actor?.name])).toEqual([
      ["enterprise.liaison", w.users.admin.name],
      ["enterprise.flags", w.users.lead.name],
    ]);
    expect(page!.history[1].before).toEqual({ whitelisted: false, aboveScale: false });
    expect(page!.names[w.users.officerB.id]).toBe(w.users.officerB.name);
  });

  it("accepts as liaison only an active officer or lead of the township's own team", async () => {
    const db = testDb();
    const w = await makeCaseWorld(db);
    expect((await liaisonCandidates(w.township.id)).map((c) => c.id).sort()).toEqual([w.users.lead.id, w.users.officerA.id, w.users.officerB.id].sort());
    await expect(setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.otherOfficer.id)).rejects.toMatchObject({
      fieldErrors: { liaisonId: ["liaisonNotInTeam"] },
    });
    await expect(setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.bureauOfficer.id)).rejects.toMatchObject({
      fieldErrors: { liaisonId: ["liaisonNotInTeam"] },
    });
    await db.user.update({ where: { id: w.users.officerA.id }, data: { active: false } });
    await expect(setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.officerA.id)).rejects.toMatchObject({
      fieldErrors: { liaisonId: ["liaisonNotInTeam"] },
    });
    await setEnterpriseLiaison(w.as.admin, w.enterprise.id, w.users.officerB.id);
    await setEnterpriseLiaison(w.as.admin, w.enterprise.id, null);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: w.enterprise.id } })).liaisonId).toBeNull();
  });
});
