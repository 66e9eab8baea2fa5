import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/log";
import { canManageEnterprise, visibleEnterprises } from "./enterprise-scope";

async function loadManaged(tx: Tx, p: Principal, id: string) {
  const enterprise = await tx.enterprise.findFirst({
    where: { AND: [{ id }, visibleEnterprises(p)] },
    select: { id: true, townshipId: true, whitelisted: true, aboveScale: true, liaisonId: true },
  });
  // Out of reach and read-only look the same from outside: the change does not exist for this person.
  if (!enterprise || !canManageEnterprise(p, enterprise)) throw new NotFoundError("enterprise");
  return enterprise;
}

/** Sets whitelisted (白名单) and above-designated-size (规上); who and when go to the audit log. */
export async function setEnterpriseFlags(p: Principal, id: string, flags: { whitelisted: boolean; aboveScale: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManaged(tx, p, id);
    if (before.whitelisted === flags.whitelisted && before.aboveScale === flags.aboveScale) return;
    await tx.enterprise.update({ where: { id }, data: flags });
    await writeAudit(tx, {
      actorId: p.id,
      action: "enterprise.flags",
      entity: "Enterprise",
      entityId: id,
      before: { whitelisted: before.whitelisted, aboveScale: before.aboveScale },
      after: flags,
    });
  });
}

/**
 * Names (or clears) the enterprise's liaison officer, an active member of its township's team.
 * New requests for that team go to them; cases already filed keep their assignee.
 */
export async function setEnterpriseLiaison(p: Principal, id: string, liaisonId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManaged(tx, p, id);
    if (before.liaisonId === liaisonId) return;
    if (liaisonId) {
      const officer = await tx.user.findFirst({
        where: { id: liaisonId, active: true, role: { in: ["OFFICER", "LEAD"] }, unit: { townshipId: before.townshipId, active: true } },
        select: { id: true },
      });
      if (!officer) throw new ValidationError({ liaisonId: ["liaisonNotInTeam"] });
    }
    await tx.enterprise.update({ where: { id }, data: { liaisonId } });
    await writeAudit(tx, {
      actorId: p.id,
      action: "enterprise.liaison",
      entity: "Enterprise",
      entityId: id,
      before: { liaisonId: before.liaisonId },
      after: { liaisonId },
    });
  });
}
