import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { inScope, ts, withdrawnIn } from "./definitions";
import type { Period } from "./period";
import type { Scope } from "./scope";

/** A withdrawal for the lead to review (撤单质检): what was withdrawn, from which status, and why. */
export type Withdrawal = {
  reference: string;
  enterpriseName: string;
  type: string;
  withdrawnAt: Date;
  /** The status the enterprise withdrew from (from the timeline). */
  fromStatus: string | null;
  reason: string | null;
};

export type WithdrawalPage = { total: number; rows: Withdrawal[]; next: string | null };

export const WITHDRAWALS_PAGE = 20;

// Keyset cursor: newest first by (withdrawnAt, reference), both unique together.
function encode(w: Withdrawal): string {
  return `${w.withdrawnAt.toISOString()}~${w.reference}`;
}

export function decodeCursor(cursor: string | undefined): { at: Date; reference: string } | null {
  const m = cursor ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~(YW-\d{4}-\d{6})$/.exec(cursor) : null;
  return m ? { at: new Date(m[1]), reference: m[2] } : null;
}

export function withdrawalsCountSql(scope: Scope, period: Pick<Period, "from" | "to">): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM "Request" r WHERE ${withdrawnIn(period)} AND ${inScope(scope)}`;
}

export function withdrawalsPageSql(scope: Scope, period: Pick<Period, "from" | "to">, after?: string, limit: number | null = WITHDRAWALS_PAGE): Prisma.Sql {
  const cursor = decodeCursor(after);
  const where = Prisma.sql`${withdrawnIn(period)} AND ${inScope(scope)}`;
  return Prisma.sql`
    SELECT r."reference", e."name" AS "enterpriseName", r."type", r."withdrawnAt", r."withdrawReason" AS "reason",
      (SELECT ev."fromStatus"::text FROM "Event" ev WHERE ev."requestId" = r."id" AND ev."kind" = 'STATUS' AND ev."toStatus" = 'WITHDRAWN'
       ORDER BY ev."id" DESC LIMIT 1) AS "fromStatus"
    FROM "Request" r JOIN "Enterprise" e ON e."id" = r."enterpriseId"
    WHERE ${where} ${cursor ? Prisma.sql`AND (r."withdrawnAt", r."reference") < (${ts(cursor.at)}, ${cursor.reference})` : Prisma.empty}
    ORDER BY r."withdrawnAt" DESC, r."reference" DESC
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit + 1}`}`;
}

/** Withdrawals in the period, a page at a time (limit null = all of them, for the CSV). */
export async function withdrawals(db: Db, scope: Scope, period: Pick<Period, "from" | "to">, after?: string, limit: number | null = WITHDRAWALS_PAGE): Promise<WithdrawalPage> {
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>(withdrawalsCountSql(scope, period)),
    db.$queryRaw<Withdrawal[]>(withdrawalsPageSql(scope, period, after, limit)),
  ]);
  const more = limit !== null && rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { total, rows: page, next: more ? encode(page[page.length - 1]) : null };
}
