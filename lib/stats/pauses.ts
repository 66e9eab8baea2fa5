import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, pauseHoursAt, requestOf, ts } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";

/** Time paused by reason: pauses that began in the period, an open one counted up to now. */
export type PauseByReason = {
  reason: string;
  /** Pauses that began in the period. */
  count: number;
  /** Of those, still waiting now. */
  stillOpen: number;
  /** Total hours paused. */
  hours: number;
  /** Mean hours per pause. */
  averageHours: number;
};

/** Read through the pause start index, joined to each pause's request for the scope. */
export function pausesSql(scope: Scope, period: Pick<Period, "from" | "to">, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p."reason" AS "reason", count(*)::int AS "count", count(*) FILTER (WHERE p."endedAt" IS NULL)::int AS "stillOpen",
      SUM(${pauseHoursAt(now)})::float8 AS "hours", AVG(${pauseHoursAt(now)})::float8 AS "averageHours"
    FROM "SlaPause" p ${requestOf(scope, Prisma.sql`p."requestId"`)}
    WHERE p."startedAt" >= ${ts(period.from)} AND p."startedAt" < ${ts(period.to)} AND ${inScope(scope)}
    GROUP BY p."reason" ORDER BY "hours" DESC, p."reason"`;
}

export function pausesByReason(db: Db, scope: Scope, period: Pick<Period, "from" | "to">, now: Date): Promise<PauseByReason[]> {
  return db.$queryRaw<PauseByReason[]>(pausesSql(scope, period, now));
}
