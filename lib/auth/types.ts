import type { Role } from "@/generated/prisma/enums";

/** Who is asking: always read fresh from the database, so role, unit and active changes apply at once. */
export type Principal = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  unitId: string | null;
  enterpriseId: string | null;
  unit: { id: string; code: string; kind: "TOWNSHIP" | "BUREAU"; nameZh: string; nameEn: string; townshipId: string | null } | null;
  enterprise: { id: string; name: string; status: "PENDING" | "VERIFIED" | "REJECTED"; townshipId: string } | null;
};

export const STAFF_ROLES = ["OFFICER", "LEAD", "ADMIN"] as const satisfies readonly Role[];
