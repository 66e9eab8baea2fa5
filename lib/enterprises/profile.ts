import "server-only";
import type { Principal } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { ContactPreference } from "./schemas";
import { recordOf } from "@/lib/checks/one-of";

function ownEnterprise(p: Principal): string {
  if (p.role !== "ENTERPRISE" || !p.enterpriseId) throw new ForbiddenError("enterprise_only");
  return p.enterpriseId;
}

/** The person's own enterprise as its profile page shows it, with its staff. */
export function getOwnEnterprise(p: Principal) {
  return db.enterprise.findUniqueOrThrow({
    where: { id: ownEnterprise(p) },
    select: {
      name: true,
      uscc: true,
      park: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      contactChannel: true,
      contactHours: true,
      onsiteWelcome: true,
      urgentTextsAnyHour: true,
      whitelisted: true,
      aboveScale: true,
      status: true,
      rejectReason: true,
      verifiedAt: true,
      township: { select: { nameZh: true, nameEn: true } },
      liaison: { select: { name: true, phone: true } },
      staff: { where: { active: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true } },
    },
  });
}

const PREFERENCE_FIELDS = ["contactChannel", "contactHours", "onsiteWelcome", "urgentTextsAnyHour", "contactName", "contactPhone", "contactEmail"] as const;

/**
 * 助企不扰企: how and when the enterprise wants to be contacted, and by whom. Any of its staff may
 * change it; the change is audited so a unit can see when and by whom a preference was set.
 */
export async function updateContactPreference(p: Principal, input: ContactPreference): Promise<void> {
  const id = ownEnterprise(p);
  await db.$transaction(async (tx) => {
    const before = await tx.enterprise.findUniqueOrThrow({ where: { id }, select: recordOf(PREFERENCE_FIELDS, () => true as const) });
    const changed = PREFERENCE_FIELDS.filter((f) => before[f] !== input[f]);
    if (changed.length === 0) return;
    await tx.enterprise.update({ where: { id }, data: input });
    await writeAudit(tx, {
      actorId: p.id,
      action: "enterprise.contactPreference",
      entity: "Enterprise",
      entityId: id,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, input[f]])),
    });
  });
}

/** Whether the person's company is verified, and why not when it was rejected (for the banner on every enterprise page). */
export function enterpriseStanding(p: Principal) {
  return db.enterprise.findUniqueOrThrow({ where: { id: ownEnterprise(p) }, select: { status: true, rejectReason: true } });
}
