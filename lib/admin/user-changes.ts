import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { issuePasswordLink } from "@/lib/account/password-link";
import { writeAudit } from "@/lib/audit/log";
import { assertAdmin } from "./guard";
import { assertKeepsLeadsAndAdmins, lockStaffChanges } from "./staff-guards";
import type { ChangeRoleInput, CreateStaffInput } from "./user-schemas";

const snapshot = { id: true, email: true, name: true, role: true, unitId: true, active: true, locale: true } as const;

async function assertActiveUnit(tx: Tx, unitId: string | undefined) {
  if (!unitId) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { active: true } });
  if (!unit?.active) throw new ValidationError({ unitId: ["unitNotFound"] });
}

// A liaison officer serves enterprises of their own township's team: leaving it (or the service) ends that.
async function endLiaisonships(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.enterprise.updateMany({ where: { liaisonId: userId }, data: { liaisonId: null } });
  return count;
}

/**
 * Creates an officer or lead of a unit, or an admin, without a password: the person chooses one through
 * the link this returns (also queued as an email). Nobody ever sees or picks their password for them.
 */
export async function createStaffUser(p: Principal, input: CreateStaffInput, now: Date, origin: string) {
  assertAdmin(p);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new ConflictError("emailTaken");
      await assertActiveUnit(tx, input.unitId);
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, phone: input.phone ?? null, role: input.role, unitId: input.role === "ADMIN" ? null : input.unitId },
        select: snapshot,
      });
      const link = await issuePasswordLink(tx, user, p.id, now, origin);
      await writeAudit(tx, { actorId: p.id, action: "user.create", entity: "User", entityId: user.id, after: { ...user, locale: undefined } });
      return { userId: user.id, link };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ConflictError("emailTaken");
    throw err;
  }
}

/** Moves a staff member to another role or unit; their live session follows on its next request. */
export async function changeStaffRole(p: Principal, userId: string, input: ChangeRoleInput): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: snapshot });
    if (!before) throw new NotFoundError("user");
    if (before.role === "ENTERPRISE") throw new ValidationError({ role: ["enterpriseRole"] });
    if (input.role !== "ADMIN" && !input.unitId) throw new ValidationError({ unitId: ["unitRequired"] });
    const unitId = input.role === "ADMIN" ? null : input.unitId!;
    if (before.role === input.role && before.unitId === unitId) return;
    await assertActiveUnit(tx, unitId ?? undefined);
    await assertKeepsLeadsAndAdmins(tx, before, { role: input.role, unitId, active: before.active });
    const after = await tx.user.update({ where: { id: userId }, data: { role: input.role, unitId }, select: snapshot });
    const liaisonsEnded = before.unitId !== unitId ? await endLiaisonships(tx, userId) : 0;
    await writeAudit(tx, {
      actorId: p.id,
      action: "user.role",
      entity: "User",
      entityId: userId,
      before: { role: before.role, unitId: before.unitId },
      after: { role: after.role, unitId: after.unitId, liaisonsEnded },
    });
  });
}

/** Disables (every session ends at once) or re-enables an account. */
export async function setUserActive(p: Principal, userId: string, active: boolean): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: snapshot });
    if (!before) throw new NotFoundError("user");
    if (before.active === active) return;
    await assertKeepsLeadsAndAdmins(tx, before, { role: before.role, unitId: before.unitId, active });
    await tx.user.update({ where: { id: userId }, data: { active } });
    const liaisonsEnded = active ? 0 : await endLiaisonships(tx, userId);
    await writeAudit(tx, {
      actorId: p.id,
      action: active ? "user.enable" : "user.disable",
      entity: "User",
      entityId: userId,
      before: { active: before.active },
      after: { active, liaisonsEnded },
    });
  });
}

/** An admin sends a new password-set link to an existing, active account. */
export async function sendPasswordLink(p: Principal, userId: string, now: Date, origin: string): Promise<{ link: string }> {
  assertAdmin(p);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true, active: true } });
    if (!user) throw new NotFoundError("user");
    if (!user.active) throw new ValidationError({}, "inactive");
    const link = await issuePasswordLink(tx, user, p.id, now, origin);
    // The token is a secret: the audit says a link was sent, never which.
    await writeAudit(tx, { actorId: p.id, action: "user.passwordLink", entity: "User", entityId: user.id, after: { email: user.email } });
    return { link };
  });
}
