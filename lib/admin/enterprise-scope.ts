import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { NotFoundError } from "@/lib/errors";

/**
 * The enterprises a person may look up here: an admin all of them, an officer or lead those of their
 * own unit's township (a bureau serves no township, so none). Everyone else has no such page.
 */
export function visibleEnterprises(p: Pick<Principal, "role" | "unit">): Prisma.EnterpriseWhereInput {
  if (p.role === "ADMIN") return {};
  if (p.role === "OFFICER" || p.role === "LEAD") return p.unit?.townshipId ? { townshipId: p.unit.townshipId } : { id: "__none__" };
  throw new NotFoundError("enterprise");
}

/** Flags and the liaison officer are set by an admin, or by the lead of the enterprise's own township team. */
export function canManageEnterprise(p: Pick<Principal, "role" | "unit">, enterprise: { townshipId: string }): boolean {
  return p.role === "ADMIN" || (p.role === "LEAD" && p.unit?.townshipId === enterprise.townshipId);
}
