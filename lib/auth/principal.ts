import "server-only";
import type { VerificationStatus, Role, UnitKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Principal } from "./types";

type Row = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  active: boolean;
  tokenVersion: number;
  unitId: string | null;
  unitCode: string | null;
  unitKind: UnitKind | null;
  unitZh: string | null;
  unitEn: string | null;
  unitTownshipId: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  enterpriseStatus: VerificationStatus | null;
  enterpriseTownshipId: string | null;
};

/**
 * Loads the person behind a session; null when disabled or when the session's token version is stale.
 * Every page view asks, so it is one statement (the person with their unit and enterprise joined).
 */
export async function loadPrincipal(userId: string, tokenVersion: number): Promise<Principal | null> {
  const [user] = await db.$queryRaw<Row[]>`
    SELECT p."id", p."email", p."name", p."role", p."locale", p."active", p."tokenVersion",
      u."id" AS "unitId", u."code" AS "unitCode", u."kind" AS "unitKind", u."nameZh" AS "unitZh", u."nameEn" AS "unitEn", u."townshipId" AS "unitTownshipId",
      e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."status" AS "enterpriseStatus", e."townshipId" AS "enterpriseTownshipId"
    FROM "User" p LEFT JOIN "Unit" u ON u."id" = p."unitId" LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    WHERE p."id" = ${userId}`;
  if (!user || !user.active || user.tokenVersion !== tokenVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    unitId: user.unitId,
    enterpriseId: user.enterpriseId,
    unit: user.unitId
      ? { id: user.unitId, code: user.unitCode!, kind: user.unitKind!, nameZh: user.unitZh!, nameEn: user.unitEn!, townshipId: user.unitTownshipId }
      : null,
    enterprise: user.enterpriseId
      ? { id: user.enterpriseId, name: user.enterpriseName!, status: user.enterpriseStatus!, townshipId: user.enterpriseTownshipId! }
      : null,
  };
}
