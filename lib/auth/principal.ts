import { db } from "@/lib/db";
import type { Principal } from "./types";

/** Loads the person behind a session; null when disabled or when the session's token version is stale. */
export async function loadPrincipal(userId: string, tokenVersion: number): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      unit: { select: { id: true, code: true, kind: true, nameZh: true, nameEn: true, townshipId: true } },
      enterprise: { select: { id: true, name: true, status: true, townshipId: true } },
    },
  });
  if (!user || !user.active || user.tokenVersion !== tokenVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    unitId: user.unitId,
    enterpriseId: user.enterpriseId,
    unit: user.unit,
    enterprise: user.enterprise,
  };
}
