import { Prisma } from "@/generated/prisma/client";
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

/**
 * The same requests as visibleRequests, as disjoint parts that each follow one index: a unit's own cases
 * (by unitId) and the ones it co-handles but does not own (through CoHandling). A list sorted and paged
 * by an index reads each part on its own and merges them; an OR across the two would scan the table.
 */
export function visibleRequestParts(p: Pick<Principal, "role" | "unitId" | "enterpriseId">): Prisma.RequestWhereInput[] {
  if ((p.role === "OFFICER" || p.role === "LEAD") && p.unitId) {
    return [{ unitId: p.unitId }, { coHandlings: { some: { unitId: p.unitId } }, unitId: { not: p.unitId } }];
  }
  return [visibleRequests(p)];
}

/** Unit staff who work the case itself (the owning unit), as opposed to a co-handling unit. */
export function ownsRequest(p: Pick<Principal, "role" | "unitId">, request: { unitId: string }): boolean {
  return p.role === "ADMIN" || ((p.role === "OFFICER" || p.role === "LEAD") && p.unitId === request.unitId);
}

/**
 * visibleRequestParts as SQL over the request row `r`, for the lists written in SQL (the queue): the same
 * disjoint parts, each of which an index on the unit (or the CoHandling table) can follow.
 */
export function visibleRequestSqlParts(p: Pick<Principal, "role" | "unitId" | "enterpriseId">): Prisma.Sql[] {
  switch (p.role) {
    case "ADMIN":
      return [Prisma.sql`TRUE`];
    case "ENTERPRISE":
      return [p.enterpriseId ? Prisma.sql`r."enterpriseId" = ${p.enterpriseId}` : Prisma.sql`FALSE`];
    case "OFFICER":
    case "LEAD":
      if (!p.unitId) return [Prisma.sql`FALSE`];
      return [
        Prisma.sql`r."unitId" = ${p.unitId}`,
        Prisma.sql`r."unitId" <> ${p.unitId} AND EXISTS (SELECT 1 FROM "CoHandling" ch WHERE ch."requestId" = r."id" AND ch."unitId" = ${p.unitId})`,
      ];
  }
}
