import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, ts, withdrawnIn } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";
import { decodeInstantCursor, encodeCursor, pageBy } from "@/lib/paging/cursor";

/** A withdrawal for the lead to review (撤单质检): what was withdrawn, from which status, and why. */
export type Withdrawal = {
  reference: string;
  enterpriseName: string;
  type: string;
  withdrawnAt: Date;
  /** The status the enterprise withdrew from (from the timeline). */
  fromStatus: string | null;
  reason: string | null;
  /** The lead's review of this withdrawal (撤单质检), null while it is pending. */
  outcome: "VOLUNTARY" | "PUSHED_BY_STAFF" | "OTHER" | null;
  reviewNote: string | null;
};

/** Withdrawals of the period: how many, how many still wait for their review, and the outcomes of the others. */
export type WithdrawalCounts = { total: number; pending: number; reviewed: number; voluntary: number; pushed: number; other: number };
export type WithdrawalPage = WithdrawalCounts & { rows: Withdrawal[]; next: string | null };

// A review belongs to one withdrawal: a case withdrawn again after being reinstated needs a new one.
const REVIEW_JOIN = Prisma.sql`LEFT JOIN "WithdrawalReview" wr ON wr."requestId" = r."id" AND wr."withdrawnAt" = r."withdrawnAt"`;

export const WITHDRAWALS_PAGE = 20;

// Keyset cursor: newest first by (withdrawnAt, reference), both unique together.

export function withdrawalsCountSql(scope: Scope, period: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE wr."id" IS NULL)::int AS pending, count(wr."id")::int AS reviewed,
      count(*) FILTER (WHERE wr."outcome" = 'VOLUNTARY')::int AS voluntary, count(*) FILTER (WHERE wr."outcome" = 'PUSHED_BY_STAFF')::int AS pushed,
      count(*) FILTER (WHERE wr."outcome" = 'OTHER')::int AS other
    FROM "Request" r ${REVIEW_JOIN} WHERE ${withdrawnIn(period)} AND ${inScope(scope)}`;
}

export function withdrawalsPageSql(scope: Scope, period: Pick<Period, "from" | "to">, after?: string, limit: number | null = WITHDRAWALS_PAGE): Prisma.Sql {
  const cursor = decodeInstantCursor(after);
  const where = Prisma.sql`${withdrawnIn(period)} AND ${inScope(scope)}`;
  return Prisma.sql`
    SELECT r."reference", e."name" AS "enterpriseName", r."type", r."withdrawnAt", r."withdrawReason" AS "reason",
      wr."outcome"::text AS "outcome", wr."note" AS "reviewNote",
      (SELECT ev."fromStatus"::text FROM "Event" ev WHERE ev."requestId" = r."id" AND ev."kind" = 'STATUS' AND ev."toStatus" = 'WITHDRAWN'
       ORDER BY ev."id" DESC LIMIT 1) AS "fromStatus"
    FROM "Request" r JOIN "Enterprise" e ON e."id" = r."enterpriseId" ${REVIEW_JOIN}
    WHERE ${where} ${cursor ? Prisma.sql`AND (r."withdrawnAt", r."reference") < (${ts(cursor.at)}, ${cursor.id})` : Prisma.empty}
    ORDER BY r."withdrawnAt" DESC, r."reference" DESC
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit + 1}`}`;
}

/** Withdrawals in the period, a page at a time (limit null = all of them, for the CSV). */
export async function withdrawals(db: Db, scope: Scope, period: Pick<Period, "from" | "to">, after?: string, limit: number | null = WITHDRAWALS_PAGE): Promise<WithdrawalPage> {
  const [[counts], rows] = await Promise.all([
    db.$queryRaw<WithdrawalCounts[]>(withdrawalsCountSql(scope, period)),
    db.$queryRaw<Withdrawal[]>(withdrawalsPageSql(scope, period, after, limit)),
  ]);
  const page = pageBy(rows, limit ?? Infinity, (w) => encodeCursor(w.withdrawnAt, w.reference));
  return { ...counts, rows: page.rows, next: page.nextCursor };
}
