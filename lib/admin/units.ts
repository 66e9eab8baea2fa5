import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { overdueWhere } from "@/lib/cases/overdue";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/log";
import { assertAdmin } from "./guard";
import type { CreateUnitInput, RenameTownshipInput, TownshipInput, UpdateUnitInput } from "./unit-schemas";
import { OPEN } from "@/lib/workflow/statuses";

const unitSnapshot = { id: true, code: true, kind: true, nameZh: true, nameEn: true, townshipId: true } as const;

/** Every unit with its township, members, open cases and overdue cases right now. */
export async function listUnitsWithLoad(p: Principal, now: Date) {
  assertAdmin(p);
  const overdueNow = await overdueWhere(now);
  const [units, open, overdue] = await Promise.all([
    db.unit.findMany({
      orderBy: [{ kind: "asc" }, { code: "asc" }],
      select: {
        ...unitSnapshot,
        active: true,
        township: { select: { nameZh: true, nameEn: true } },
        members: { where: { active: true }, select: { id: true, name: true, role: true }, orderBy: [{ role: "asc" }, { name: "asc" }] },
      },
    }),
    db.request.groupBy({ by: ["unitId"], where: { status: { in: [...OPEN] } }, _count: { _all: true } }),
    db.request.groupBy({ by: ["unitId"], where: overdueNow, _count: { _all: true } }),
  ]);
  const count = (rows: { unitId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.unitId === id)?._count._all ?? 0;
  return units.map((u) => ({ ...u, openCount: count(open, u.id), overdueCount: count(overdue, u.id) }));
}

/** Townships with their team (if any), for the forms. */
export function listTownships() {
  return db.township.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameZh: true, nameEn: true, units: { select: { id: true } } } });
}

function uniqueViolation(err: unknown, field: string): never {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
    const target = JSON.stringify(err.meta ?? {});
    throw new ValidationError({ [target.includes("townshipId") ? "townshipId" : field]: [target.includes("townshipId") ? "townshipTaken" : "codeTaken"] });
  }
  throw err;
}

async function assertTownshipFree(tx: Tx, townshipId: string, unitId?: string) {
  const township = await tx.township.findUnique({ where: { id: townshipId }, select: { units: { select: { id: true } } } });
  if (!township) throw new ValidationError({ townshipId: ["townshipNotFound"] });
  if (township.units.some((u) => u.id !== unitId)) throw new ValidationError({ townshipId: ["townshipTaken"] });
}

export async function createTownship(p: Principal, input: TownshipInput): Promise<string> {
  assertAdmin(p);
  return db
    .$transaction(async (tx) => {
      const township = await tx.township.create({ data: input });
      await writeAudit(tx, { actorId: p.id, action: "township.create", entity: "Township", entityId: township.id, after: input });
      return township.id;
    })
    .catch((err) => uniqueViolation(err, "code"));
}

/** Renames a township (a 镇 that becomes a 街道, a corrected English name); its code and enterprises stay. */
export async function renameTownship(p: Principal, input: RenameTownshipInput): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    const select = { id: true, code: true, nameZh: true, nameEn: true } as const;
    const before = await tx.township.findUnique({ where: { id: input.townshipId }, select });
    if (!before) throw new ValidationError({ townshipId: ["townshipNotFound"] });
    const after = await tx.township.update({ where: { id: before.id }, data: { nameZh: input.nameZh, nameEn: input.nameEn }, select });
    await writeAudit(tx, { actorId: p.id, action: "township.update", entity: "Township", entityId: before.id, before, after });
  });
}

/** A new township team (serving one township) or city bureau. New requests route to it at once. */
export async function createUnit(p: Principal, input: CreateUnitInput): Promise<string> {
  assertAdmin(p);
  return db
    .$transaction(async (tx) => {
      const townshipId = input.kind === "TOWNSHIP" ? input.townshipId! : null;
      if (townshipId) await assertTownshipFree(tx, townshipId);
      const unit = await tx.unit.create({
        data: { code: input.code, kind: input.kind, nameZh: input.nameZh, nameEn: input.nameEn, townshipId },
        select: unitSnapshot,
      });
      await writeAudit(tx, { actorId: p.id, action: "unit.create", entity: "Unit", entityId: unit.id, after: unit });
      return unit.id;
    })
    .catch((err) => uniqueViolation(err, "code"));
}

/** Renames a unit and, for a township team, (re)attaches it to its township. Existing cases stay where they are. */
export async function updateUnit(p: Principal, unitId: string, input: UpdateUnitInput): Promise<void> {
  assertAdmin(p);
  await db
    .$transaction(async (tx) => {
      const before = await tx.unit.findUnique({ where: { id: unitId }, select: unitSnapshot });
      if (!before) throw new NotFoundError("unit");
      const townshipId = before.kind === "TOWNSHIP" ? (input.townshipId ?? null) : null;
      if (before.kind === "TOWNSHIP" && !townshipId) throw new ValidationError({ townshipId: ["townshipRequired"] });
      if (townshipId) await assertTownshipFree(tx, townshipId, unitId);
      const after = await tx.unit.update({ where: { id: unitId }, data: { nameZh: input.nameZh, nameEn: input.nameEn, townshipId }, select: unitSnapshot });
      await writeAudit(tx, { actorId: p.id, action: "unit.update", entity: "Unit", entityId: unitId, before, after });
    })
    .catch((err) => uniqueViolation(err, "code"));
}
