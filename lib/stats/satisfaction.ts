import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, requestOf, SATISFIED, ts } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";

/** Satisfaction over the ratings given in the period. */
export type Satisfaction = {
  /** Ratings given in the period. */
  ratings: number;
  /** Of those, scored 4 or 5. */
  satisfied: number;
  /** 满意率: satisfied ÷ ratings. */
  rate: number | null;
  /** Mean score, 1–5. */
  average: number | null;
};

/** Read through the rating date index, joined to each rating's request for the scope. */
export function satisfactionSql(scope: Scope, period: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS "ratings", count(*) FILTER (WHERE ${SATISFIED})::int AS "satisfied",
      CASE WHEN count(*) > 0 THEN (count(*) FILTER (WHERE ${SATISFIED}))::float8 / count(*) END AS "rate",
      AVG(g."score")::float8 AS "average"
    FROM "Rating" g ${requestOf(scope, Prisma.sql`g."requestId"`)}
    WHERE g."createdAt" >= ${ts(period.from)} AND g."createdAt" < ${ts(period.to)} AND ${inScope(scope)}`;
}

export async function satisfaction(db: Db, scope: Scope, period: Pick<Period, "from" | "to">): Promise<Satisfaction> {
  const [row] = await db.$queryRaw<Satisfaction[]>(satisfactionSql(scope, period));
  return row;
}
