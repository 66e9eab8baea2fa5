import "server-only";
import type { Principal } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit/log";
import { visibleEnterprises } from "@/lib/admin/enterprise-scope";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

/**
 * Who verifies: officers and leads of the enterprise's own township team, and admins. A bureau serves
 * no township and verifies nobody; everyone else does not have the page (404).
 */
function verifierScope(p: Principal) {
  if (p.role !== "OFFICER" && p.role !== "LEAD" && p.role !== "ADMIN") throw new NotFoundError("enterprise");
  return visibleEnterprises(p);
}

/** Registrations waiting for this person's decision, oldest first. */
export async function pendingRegistrations(p: Principal, take = 100) {
  return db.enterprise.findMany({
    where: { AND: [verifierScope(p), { status: "PENDING" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      uscc: true,
      park: true,
      address: true,
      contactName: true,
      contactPhone: true,
      whitelisted: true,
      aboveScale: true,
      createdAt: true,
      township: { select: { nameZh: true, nameEn: true } },
      staff: { orderBy: { createdAt: "asc" }, take: 1, select: { name: true, email: true } },
      _count: { select: { requests: true } },
    },
  });
}

export type VerificationDecision = { decision: "verify" } | { decision: "reject"; reason: string };

/**
 * Verifies a pending registration, or rejects it with a reason the enterprise then reads on its
 * profile page; its staff are told either way (in the portal, and by the channel the enterprise chose).
 * Deciding twice (two officers at once) lets the first decision stand.
 */
export async function decideRegistration(p: Principal, enterpriseId: string, d: VerificationDecision, now = new Date()): Promise<void> {
  const reason = d.decision === "reject" ? d.reason.trim() : null;
  if (d.decision === "reject" && !reason) throw new ValidationError({ reason: ["required"] });
  if (reason && reason.length > 500) throw new ValidationError({ reason: ["tooLong"] });
  await db.$transaction(async (tx) => {
    const ent = await tx.enterprise.findFirst({ where: { AND: [{ id: enterpriseId }, verifierScope(p)] }, select: { id: true, status: true } });
    if (!ent) throw new NotFoundError("enterprise");
    const data =
      d.decision === "verify"
        ? { status: "VERIFIED" as const, verifiedAt: now, verifiedById: p.id, rejectReason: null }
        : { status: "REJECTED" as const, rejectReason: reason, verifiedAt: null, verifiedById: p.id };
    const { count } = await tx.enterprise.updateMany({ where: { id: ent.id, status: "PENDING" }, data });
    if (count === 0) throw new ConflictError("already_decided");
    const staff = await tx.user.findMany({ where: { enterpriseId: ent.id }, select: { id: true } });
    await notify(tx, {
      userIds: staff.map((u) => u.id),
      ...(reason === null ? { kind: "ENTERPRISE_VERIFIED", params: {} } : { kind: "ENTERPRISE_REJECTED", params: { reason } }),
      dedupeKey: `enterprise-decision:${ent.id}`,
      now,
    });
    await writeAudit(tx, {
      actorId: p.id,
      action: `enterprise.${d.decision}`,
      entity: "Enterprise",
      entityId: ent.id,
      before: { status: ent.status },
      after: { status: data.status, reason },
    });
  });
}
