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
  revoked: boolean;
  unread: number;
};

/** The header's unread badge counts this far ("99+"), so the count never costs more than this many index entries. */
export const UNREAD_CAP = 100;

/** Who is asking, with what every signed-in page's header shows of them. */
export type SessionView = { principal: Principal; unread: number };

/**
 * Loads the person behind a session: null when disabled, when the session's token version is stale or when
 * this sign-in was signed out (RevokedSession). Every page view asks, so it is one statement: the person with
 * their unit and enterprise joined, the sign-out check and the header's unread count (capped at UNREAD_CAP).
 */
export async function loadSession(userId: string, tokenVersion: number, sid: string | null): Promise<SessionView | null> {
  const [user] = await db.$queryRaw<Row[]>`
    SELECT p."id", p."email", p."name", p."role", p."locale", p."active", p."tokenVersion",
      u."id" AS "unitId", u."code" AS "unitCode", u."kind" AS "unitKind", u."nameZh" AS "unitZh", u."nameEn" AS "unitEn", u."townshipId" AS "unitTownshipId",
      e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."status" AS "enterpriseStatus", e."townshipId" AS "enterpriseTownshipId",
      EXISTS (SELECT 1 FROM "RevokedSession" rs WHERE rs."sid" = ${sid}) AS "revoked",
      (SELECT count(*)::int FROM (SELECT 1 FROM "Notification" n WHERE n."userId" = p."id" AND n."readAt" IS NULL LIMIT ${UNREAD_CAP}) un) AS "unread"
    FROM "User" p LEFT JOIN "Unit" u ON u."id" = p."unitId" LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    WHERE p."id" = ${userId}`;
  if (!user || !user.active || user.revoked || user.tokenVersion !== tokenVersion) return null;
  const principal: Principal = {
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
  return { principal, unread: user.unread };
}

/** The person alone, as a page would see them (no sign-in to check: seeding, scripts, tests). */
export async function loadPrincipal(userId: string, tokenVersion: number): Promise<Principal | null> {
  return (await loadSession(userId, tokenVersion, null))?.principal ?? null;
}
