// Accounts and enterprises of the demo, as rows ready for createMany.
import type { Prisma } from "@/generated/prisma/client";
import { ENTERPRISES, STAFF, type EnterpriseDef } from "./demo-data";
import { foreignEmployees, type ForeignEmployee } from "./demo-details";
import type { UnitRef } from "./demo-plan";
import { makeMobile, makeUscc } from "./ids";
import type { Rng } from "./random";
import { addMs, DAY, HOUR } from "./time";

export type EnterpriseRef = {
  def: EnterpriseDef;
  id: string;
  townshipId: string;
  liaisonId: string | null;
  staffIds: string[];
  createdAt: Date;
  foreigners: ForeignEmployee[];
};

export type People = {
  staffUsers: Prisma.UserCreateManyInput[];
  enterprises: Prisma.EnterpriseCreateManyInput[];
  enterpriseUsers: Prisma.UserCreateManyInput[];
  userIds: Map<string, string>;
  units: Map<string, UnitRef>;
  enterpriseRefs: Map<string, EnterpriseRef>;
};

type BaseUnit = { id: string; code: string; townshipId: string | null };

export function buildPeople(rng: Rng, newId: () => string, baseUnits: BaseUnit[], passwordHash: string, now: Date): People {
  const staffCreatedAt = addMs(now, -80 * DAY);
  const userIds = new Map<string, string>();
  const staffUsers = STAFF.map((s) => {
    const id = newId();
    userIds.set(s.key, id);
    const unitId = s.unit ? baseUnits.find((u) => u.code === s.unit)!.id : null;
    return {
      id,
      email: s.email,
      name: s.name,
      role: s.role,
      unitId,
      passwordHash,
      phone: makeMobile(rng),
      createdAt: staffCreatedAt,
      updatedAt: staffCreatedAt,
    };
  });
  const units = new Map<string, UnitRef>(
    baseUnits.map((u) => {
      const members = STAFF.filter((s) => s.unit === u.code);
      const ids = (role: string) => members.filter((s) => s.role === role).map((s) => userIds.get(s.key)!);
      return [u.code, { id: u.id, code: u.code, officerIds: ids("OFFICER"), leadIds: ids("LEAD") }];
    }),
  );

  const enterprises: Prisma.EnterpriseCreateManyInput[] = [];
  const enterpriseUsers: Prisma.UserCreateManyInput[] = [];
  const enterpriseRefs = new Map<string, EnterpriseRef>();
  for (const def of ENTERPRISES) {
    const id = newId();
    const townshipId = baseUnits.find((u) => u.code === def.township)!.townshipId!;
    const team = units.get(def.township)!;
    // Pending and rejected firms registered recently; verified ones before the story begins.
    const createdAt = addMs(now, def.status === "VERIFIED" ? -rng.int(62, 75) * DAY : -rng.int(9, 16) * DAY);
    const liaisonId = def.liaison ? userIds.get(def.liaison)! : null;
    const verified = def.status === "VERIFIED";
    enterprises.push({
      id,
      name: def.name,
      uscc: makeUscc(rng),
      townshipId,
      park: def.park,
      address: def.address,
      contactName: def.contactName,
      contactPhone: makeMobile(rng),
      whitelisted: def.whitelisted,
      aboveScale: def.aboveScale,
      status: def.status,
      rejectReason: def.rejectReason ?? null,
      verifiedAt: verified ? addMs(createdAt, rng.int(2, 30) * HOUR) : null,
      verifiedById: verified ? (liaisonId ?? team.officerIds[0]) : null,
      liaisonId,
      contactChannel: def.channel,
      contactHours: def.hours,
      onsiteWelcome: def.onsite,
      contactEmail: def.contactEmail,
      createdAt,
      updatedAt: createdAt,
    });
    const staffIds = def.staff.map((s) => {
      const userId = newId();
      enterpriseUsers.push({
        id: userId,
        email: s.email,
        name: s.name,
        role: "ENTERPRISE",
        enterpriseId: id,
        passwordHash,
        phone: makeMobile(rng),
        createdAt,
        updatedAt: createdAt,
      });
      return userId;
    });
    enterpriseRefs.set(def.key, { def, id, townshipId, liaisonId, staffIds, createdAt, foreigners: foreignEmployees(rng, def) });
  }
  return { staffUsers, enterprises, enterpriseUsers, userIds, units, enterpriseRefs };
}
