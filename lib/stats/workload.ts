import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, ON_TIME, OPEN, overdueAt, resolvedIn } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";

/** One officer's load in the unit; the row with id null is the unassigned queue. */
export type OfficerLoad = {
  id: string | null;
  name: string | null;
  /** Open cases assigned to them now. */
  open: number;
  /** Of those, overdue now. */
  overdue: number;
  /** Of those, waiting on the enterprise (NEEDS_INFO). */
  waiting: number;
  /** Cases they hold that were resolved in the period. */
  resolved: number;
  /** Of those, first resolved on time. */
  onTime: number;
};

/**
 * Every active officer and lead of the unit (plus anyone else holding its cases), busiest first.
 * Open cases come through the (unitId, assigneeId, status, …) index, resolved ones through resolvedAt.
 */
export function workloadSql(scope: Scope & { unitId: string }, period: Pick<Period, "from" | "to">, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH open AS (
      SELECT r."assigneeId" AS id, count(*)::int AS open, count(*) FILTER (WHERE ${overdueAt(now)})::int AS overdue,
        count(*) FILTER (WHERE r."status" = 'NEEDS_INFO')::int AS waiting
      FROM "Request" r WHERE ${OPEN} AND ${inScope(scope)} GROUP BY r."assigneeId"
    ), done AS (
      SELECT r."assigneeId" AS id, count(*)::int AS resolved, count(*) FILTER (WHERE ${ON_TIME})::int AS on_time
      FROM "Request" r WHERE ${resolvedIn(period)} AND ${inScope(scope)} GROUP BY r."assigneeId"
    ), people AS (
      SELECT u."id" FROM "User" u WHERE u."unitId" = ${scope.unitId} AND u."role" IN ('OFFICER', 'LEAD') AND u."active"
      UNION SELECT id FROM open WHERE id IS NOT NULL UNION SELECT id FROM done WHERE id IS NOT NULL
    ), rows AS (
      SELECT p.id FROM people p UNION ALL SELECT NULL
    )
    SELECT x.id AS "id", u."name" AS "name", COALESCE(o.open, 0) AS "open", COALESCE(o.overdue, 0) AS "overdue",
      COALESCE(o.waiting, 0) AS "waiting", COALESCE(d.resolved, 0) AS "resolved", COALESCE(d.on_time, 0) AS "onTime"
    FROM rows x LEFT JOIN "User" u ON u."id" = x.id
      LEFT JOIN open o ON o.id IS NOT DISTINCT FROM x.id LEFT JOIN done d ON d.id IS NOT DISTINCT FROM x.id
    ORDER BY (x.id IS NULL), COALESCE(o.open, 0) DESC, COALESCE(d.resolved, 0) DESC, u."name"`;
}

export function officerWorkload(db: Db, scope: Scope & { unitId: string }, period: Pick<Period, "from" | "to">, now: Date): Promise<OfficerLoad[]> {
  return db.$queryRaw<OfficerLoad[]>(workloadSql(scope, period, now));
}
