import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, receivedIn, resolvedIn, shanghaiWeekOf } from "./definitions";
import { mondayOf, type Period } from "./period";
import type { Scope } from "./scope";

/** One week of the trend: Monday (Shanghai) and the period's received and resolved requests in it. */
export type TrendWeek = { week: string; received: number; resolved: number };

/**
 * Every week the period touches, empty weeks included; the first and last may be partial, so the
 * weeks add up to the period's received and resolved figures.
 */
export function trendSql(scope: Scope, period: Pick<Period, "from" | "to" | "firstDay" | "lastDay">): Prisma.Sql {
  return Prisma.sql`
    WITH weeks AS (
      SELECT generate_series(${mondayOf(period.firstDay)}::date, ${mondayOf(period.lastDay)}::date, interval '1 week')::date AS week
    ), rec AS (
      SELECT ${shanghaiWeekOf(Prisma.sql`r."submittedAt"`)} AS week, count(*)::int AS n
      FROM "Request" r WHERE ${receivedIn(period)} AND ${inScope(scope)} GROUP BY 1
    ), res AS (
      SELECT ${shanghaiWeekOf(Prisma.sql`r."resolvedAt"`)} AS week, count(*)::int AS n
      FROM "Request" r WHERE ${resolvedIn(period)} AND ${inScope(scope)} GROUP BY 1
    )
    SELECT to_char(w.week, 'YYYY-MM-DD') AS "week", COALESCE(rec.n, 0) AS "received", COALESCE(res.n, 0) AS "resolved"
    FROM weeks w LEFT JOIN rec ON rec.week = w.week LEFT JOIN res ON res.week = w.week ORDER BY w.week`;
}

export function weeklyTrend(db: Db, scope: Scope, period: Pick<Period, "from" | "to" | "firstDay" | "lastDay">): Promise<TrendWeek[]> {
  return db.$queryRaw<TrendWeek[]>(trendSql(scope, period));
}
