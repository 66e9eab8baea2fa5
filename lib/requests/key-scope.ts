import type { Prisma } from "@/generated/prisma/client";

/** An integrator key as a request sees it: who it is and what it was granted. */
export type ApiKeyPrincipal = {
  kind: "apiKey";
  id: string;
  name: string;
  prefix: string;
  canWrite: boolean;
  /** Request types it may file and read. */
  types: string[];
  /** Units whose requests it may read and file into. */
  unitIds: string[];
  allEnterprises: boolean;
  /** Enterprises it acts for, unless `allEnterprises`. */
  enterpriseIds: string[];
  rateLimit: number;
};

export type KeyGrant = Pick<ApiKeyPrincipal, "types" | "unitIds" | "allEnterprises" | "enterpriseIds">;

/**
 * The requests a key may read, as a Prisma filter to AND into every request query: a request of a granted
 * type, handled by a granted unit, of a granted enterprise. Anything else does not exist for the key (404).
 */
export function keyRequests(k: KeyGrant): Prisma.RequestWhereInput {
  return {
    type: { in: k.types },
    unitId: { in: k.unitIds },
    ...(k.allEnterprises ? {} : { enterpriseId: { in: k.enterpriseIds } }),
  };
}

/** May the key file for this enterprise a request of this type? (The unit is checked once it is routed.) */
export function mayFileFor(k: KeyGrant & { canWrite: boolean }, enterpriseId: string, type: string): boolean {
  return k.canWrite && k.types.includes(type) && (k.allEnterprises || k.enterpriseIds.includes(enterpriseId));
}

export function mayActForEnterprise(k: KeyGrant, enterpriseId: string): boolean {
  return k.allEnterprises || k.enterpriseIds.includes(enterpriseId);
}

/** The same rule as keyRequests, for one request in hand (webhook fan-out). */
export function keyMayRead(k: KeyGrant, r: { type: string; unitId: string; enterpriseId: string }): boolean {
  return k.types.includes(r.type) && k.unitIds.includes(r.unitId) && (k.allEnterprises || k.enterpriseIds.includes(r.enterpriseId));
}
