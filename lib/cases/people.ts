import type { Tx } from "@/lib/db";

/** Active officers and leads of a unit (optionally only some roles): who may be assigned or told about its cases. */
export async function unitStaffIds(tx: Tx, unitId: string, roles: ("OFFICER" | "LEAD")[] = ["OFFICER", "LEAD"]): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { unitId, active: true, role: { in: roles } }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function enterpriseStaffIds(tx: Tx, enterpriseId: string): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { enterpriseId, active: true, role: "ENTERPRISE" }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The officer working the case, or the unit's leads when nobody has it yet, so a notice never falls on the floor. */
export async function caseOwnerIds(tx: Tx, request: { unitId: string; assigneeId: string | null }): Promise<string[]> {
  return request.assigneeId ? [request.assigneeId] : unitStaffIds(tx, request.unitId, ["LEAD"]);
}

/** Whether this user may be given cases of the unit. */
export async function isAssignable(tx: Tx, unitId: string, userId: string): Promise<boolean> {
  const n = await tx.user.count({ where: { id: userId, unitId, active: true, role: { in: ["OFFICER", "LEAD"] } } });
  return n > 0;
}

export const without = (ids: string[], userId: string) => ids.filter((id) => id !== userId);
