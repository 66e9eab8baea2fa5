import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

export type StaffState = { id: string; role: Role; unitId: string | null; active: boolean };

// Every change to who leads or administers takes this lock first, so two admins disabling the
// last two leads of a unit at the same moment cannot both pass the count below.
const STAFF_LOCK = 7_306_001;

export async function lockStaffChanges(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STAFF_LOCK})`;
}

/**
 * Refuses a change that would leave a unit without an active lead, or the city without an active admin.
 * Call after `lockStaffChanges` in the same transaction, with the person's state before and after.
 */
export async function assertKeepsLeadsAndAdmins(tx: Tx, before: StaffState, after: Omit<StaffState, "id">): Promise<void> {
  const wasLead = before.active && before.role === "LEAD" && before.unitId;
  const staysLead = after.active && after.role === "LEAD" && after.unitId === before.unitId;
  if (wasLead && !staysLead) {
    const others = await tx.user.count({ where: { unitId: before.unitId, role: "LEAD", active: true, id: { not: before.id } } });
    if (others === 0) throw new ConflictError("lastLead");
  }
  const wasAdmin = before.active && before.role === "ADMIN";
  const staysAdmin = after.active && after.role === "ADMIN";
  if (wasAdmin && !staysAdmin) {
    const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: before.id } } });
    if (others === 0) throw new ConflictError("lastAdmin");
  }
}
