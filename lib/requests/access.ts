import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";

/**
 * The requests a person may see, as a Prisma filter to AND into every request query:
 * an enterprise its own; a unit member its unit's and those its unit co-handles; an admin all.
 */
export function visibleRequests(p: Pick<Principal, "role" | "unitId" | "enterpriseId">): Prisma.RequestWhereInput {
  switch (p.role) {
    case "ADMIN":
      return {};
    case "ENTERPRISE":
      return p.enterpriseId ? { enterpriseId: p.enterpriseId } : { id: "__none__" };
    case "OFFICER":
    case "LEAD":
      return p.unitId ? { OR: [{ unitId: p.unitId }, { coHandlings: { some: { unitId: p.unitId } } }] } : { id: "__none__" };
  }
}

/** Unit staff who work the case itself (the owning unit), as opposed to a co-handling unit. */
export function ownsRequest(p: Pick<Principal, "role" | "unitId">, request: { unitId: string }): boolean {
  return p.role === "ADMIN" || ((p.role === "OFFICER" || p.role === "LEAD") && p.unitId === request.unitId);
}
