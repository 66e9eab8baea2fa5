import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { ageBucketAt, inScope, OPEN, overdueAt } from "./definitions";
import type { Scope } from "./scope";
import { OPEN as OPEN_STATUSES, type OpenStatus } from "@/lib/workflow/statuses";
import { isOneOf, recordOf } from "@/lib/checks/one-of";

/** Backlog age bands by clock time since submission: <1 d, 1–3 d, 3–7 d (inclusive), >7 d. */
export type AgeBucket = "lt1d" | "d1to3" | "d3to7" | "gt7d";

export const AGE_BUCKETS: AgeBucket[] = ["lt1d", "d1to3", "d3to7", "gt7d"];

export type OpenCount = { open: number; overdue: number };

/** The open backlog at `now` (the period does not apply: it is a snapshot), sliced five ways. */
export type Backlog = OpenCount & {
  byStatus: Record<OpenStatus, number>;
  byAge: Record<AgeBucket, number>;
  /** Request type key → open and overdue, largest first. */
  byType: ({ type: string } & OpenCount)[];
  /** Unit id → open and overdue. */
  byUnit: Map<string, OpenCount>;
  /** Township id → open and overdue. */
  byTownship: Map<string, OpenCount>;
};

type Row = { dim: "status" | "age" | "type" | "unit" | "township" | "all"; value: string | null } & OpenCount;

/** One pass over the open requests (status index), grouped by status, age, type, unit and township at once. */
export function backlogSql(scope: Scope, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT CASE WHEN GROUPING(o.status) = 0 THEN 'status' WHEN GROUPING(o.bucket) = 0 THEN 'age'
             WHEN GROUPING(o.type) = 0 THEN 'type' WHEN GROUPING(o.unit) = 0 THEN 'unit'
             WHEN GROUPING(o.township) = 0 THEN 'township' ELSE 'all' END AS "dim",
      COALESCE(o.status, o.bucket, o.type, o.unit, o.township) AS "value",
      count(*)::int AS "open", count(*) FILTER (WHERE o.overdue)::int AS "overdue"
    FROM (
      SELECT r."status"::text AS status, ${ageBucketAt(now)} AS bucket, r."type" AS type,
        r."unitId" AS unit, r."townshipId" AS township, ${overdueAt(now)} AS overdue
      FROM "Request" r WHERE ${OPEN} AND ${inScope(scope)}
    ) o
    GROUP BY GROUPING SETS ((o.status), (o.bucket), (o.type), (o.unit), (o.township), ())`;
}

export async function backlog(db: Db, scope: Scope, now: Date): Promise<Backlog> {
  const rows = await db.$queryRaw<Row[]>(backlogSql(scope, now));
  const result: Backlog = {
    open: 0,
    overdue: 0,
    byStatus: recordOf(OPEN_STATUSES, () => 0),
    byAge: recordOf(AGE_BUCKETS, () => 0),
    byType: [],
    byUnit: new Map(),
    byTownship: new Map(),
  };
  for (const { dim, value, open, overdue } of rows) {
    if (dim === "all") Object.assign(result, { open, overdue });
    else if (dim === "status") {
      if (isOneOf(OPEN_STATUSES, value)) result.byStatus[value] = open;
    } else if (dim === "age") {
      if (isOneOf(AGE_BUCKETS, value)) result.byAge[value] = open;
    } else if (dim === "type") result.byType.push({ type: value!, open, overdue });
    else if (dim === "unit") result.byUnit.set(value!, { open, overdue });
    else result.byTownship.set(value!, { open, overdue });
  }
  result.byType.sort((a, b) => b.open - a.open || a.type.localeCompare(b.type));
  return result;
}
