import type { Prisma } from "@/generated/prisma/client";
import type { RequestStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { decodeCursor, pageOf } from "@/lib/admin/cursor";
import { db } from "@/lib/db";
import { visibleRequests } from "./access";
import { findRequestType } from "./registry";
import { seekAfter } from "@/lib/paging/keyset";

export const OWN_PAGE_SIZE = 20;

export type OwnFilters = { status?: RequestStatus; type?: string; cursor?: string };

/**
 * The requests of the person's enterprise, newest first, filtered by status and type, a page at a
 * time by keyset on (submittedAt, id). Each row carries a one-line summary: the value of the type's
 * first field (the goods, the employee, the subject).
 */
export async function listOwnRequests(p: Principal, f: OwnFilters, take = OWN_PAGE_SIZE) {
  const where: Prisma.RequestWhereInput[] = [visibleRequests(p)];
  if (f.status) where.push({ status: f.status });
  if (f.type) where.push({ type: f.type });
  const cursor = decodeCursor(f.cursor);
  if (cursor && typeof cursor.k === "string" && !Number.isNaN(Date.parse(cursor.k))) {
    const at = new Date(cursor.k);
    where.push(seekAfter("submittedAt", at, cursor.id, "desc"));
  }
  const rows = await db.request.findMany({
    where: { AND: where },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, reference: true, type: true, status: true, priority: true, submittedAt: true, unverified: true, details: true },
  });
  const page = pageOf(rows, take, (r) => r.submittedAt);
  return {
    nextCursor: page.nextCursor,
    rows: page.rows.map(({ details, ...r }) => {
      const first = findRequestType(r.type)?.fields[0];
      const value = first && !first.sensitive ? (details as Record<string, unknown> | null)?.[first.name] : undefined;
      return { ...r, summary: typeof value === "string" ? value : null };
    }),
  };
}
