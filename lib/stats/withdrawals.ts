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
export const REVIEW_JOIN = Prisma.sql`LEFT JOIN "WithdrawalReview" wr ON wr."requestId" = r."id" AND wr."withdrawnAt" = r."withdrawnAt"`;

export const WITHDRAWALS_PAGE = 20;

// Keyset cursor: newest first by (withdrawnAt, reference), both unique together.

/** Withdrawals, reviewed ones, and each outcome, over withdrawn requests `r` joined by REVIEW_JOIN (the rollups count the same). */
export const WITHDRAWAL_COUNTS = Prisma.sql`count(*)::int, count(wr."id")::int, count(*) FILTER (WHERE wr."outcome" = 'VOLUNTARY')::int,
  count(*) FILTER (WHERE wr."outcome" = 'PUSHED_BY_STAFF')::int, count(*) FILTER (WHERE wr."outcome" = 'OTHER')::int`;

/** The live count (tests compare the rollups with it). */
export function withdrawalsCountSql(scope: Scope, period: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`
    SELECT total, total - reviewed AS pending, reviewed, voluntary, pushed, other
    FROM (SELECT ${WITHDRAWAL_COUNTS} FROM "Request" r ${REVIEW_JOIN} WHERE ${withdrawnIn(period)} AND ${inScope(scope)}) AS c(total, reviewed, voluntary, pushed, other)`;
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

/** Withdrawals in the period, a page at a time (limit null = all of them, for the CSV), without the counts. */
export async function withdrawalRows(
  db: Db,
  scope: Scope,
  period: Pick<Period, "from" | "to">,
  after?: string,
  limit: number | null = WITHDRAWALS_PAGE,
): Promise<Pick<WithdrawalPage, "rows" | "next">> {
  const rows = await db.$queryRaw<Withdrawal[]>(withdrawalsPageSql(scope, period, after, limit));
  const page = pageBy(rows, limit ?? Infinity, (w) => encodeCursor(w.withdrawnAt, w.reference));
  return { rows: page.rows, next: page.nextCursor };
}

/** Withdrawals in the period with their live counts, a page at a time. */
export async function withdrawals(
  db: Db,
  scope: Scope,
  period: Pick<Period, "from" | "to">,
  after?: string,
  limit: number | null = WITHDRAWALS_PAGE,
): Promise<WithdrawalPage> {
  const [[counts], page] = await Promise.all([
    db.$queryRaw<WithdrawalCounts[]>(withdrawalsCountSql(scope, period)),
    withdrawalRows(db, scope, period, after, limit),
  ]);
  return { ...counts, ...page };
}
