import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RequestStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { decodeInstantCursor, pageOf } from "@/lib/paging/cursor";
import { db } from "@/lib/db";
import { visibleRequests } from "./access";
import { findRequestType } from "@/lib/request-types/registry";
import { requestWordsWhere } from "./search-text";
import { seekAfter } from "@/lib/paging/keyset";
import { detailsOf } from "@/lib/request-types/details";

export const OWN_PAGE_SIZE = 20;

export type OwnFilters = { status?: RequestStatus; type?: string; q?: string; cursor?: string };

/** The enterprise's own search: words of its requests, reference included (the same index as the queue's). */
function ownSearchWhere(q: string): Prisma.RequestWhereInput {
  return { AND: requestWordsWhere(q) };
}

const summaryOf = (type: string, details: unknown) => findRequestType(type)?.summary(detailsOf(details)) || null;

/**
 * What waits on the enterprise ("需要您处理"): questions to answer (NEEDS_INFO, with the question asked)
 * and resolutions to confirm (RESOLVED), oldest wait first.
 */
export async function ownTurn(p: Principal, take = 20) {
  const rows = await db.request.findMany({
    where: { AND: [visibleRequests(p), { status: { in: ["NEEDS_INFO", "RESOLVED"] } }] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      details: true,
      pauses: { where: { endedAt: null }, orderBy: { startedAt: "desc" }, take: 1, select: { note: true, startedAt: true } },
    },
  });
  return rows.map(({ details, pauses, ...r }) => ({ ...r, summary: summaryOf(r.type, details), question: pauses[0]?.note ?? null }));
}

/**
 * The requests of the person's enterprise, newest first, filtered by status and type, a page at a
 * time by keyset on (submittedAt, id), optionally searched. Each row carries its type's one-line summary
 * (the goods, the employee, the subject).
 */
export async function listOwnRequests(p: Principal, f: OwnFilters, take = OWN_PAGE_SIZE) {
  const where: Prisma.RequestWhereInput[] = [visibleRequests(p)];
  if (f.status) where.push({ status: f.status });
  if (f.type) where.push({ type: f.type });
  if (f.q?.trim()) where.push(ownSearchWhere(f.q));
  const cursor = decodeInstantCursor(f.cursor);
  if (cursor) where.push(seekAfter("submittedAt", cursor.at, cursor.id, "desc"));
  const rows = await db.request.findMany({
    where: { AND: where },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, reference: true, type: true, status: true, priority: true, submittedAt: true, unverified: true, details: true },
  });
  const page = pageOf(rows, take, (r) => r.submittedAt);
  return {
    nextCursor: page.nextCursor,
    rows: page.rows.map(({ details, ...r }) => ({ ...r, summary: summaryOf(r.type, details) })),
  };
}
