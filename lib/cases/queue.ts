import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db, type Db } from "@/lib/db";
import { visibleRequestParts } from "@/lib/requests/access";
import { overdueWhere } from "./overdue";
import { decodeCursor, encodeCursor, QUEUE_TABS, type QueueFilters, type QueueTab } from "./queue-filters";
import { seekAfter } from "@/lib/paging/keyset";
import { OPEN, SOLVED } from "@/lib/workflow/statuses";
import { requestWordsWhere } from "@/lib/requests/search-text";

export const PAGE_SIZE = 25;

function tabWhere(tab: QueueTab, p: Principal, overdue: Prisma.RequestWhereInput): Prisma.RequestWhereInput {
  switch (tab) {
    case "unassigned":
      return { status: { in: [...OPEN] }, assigneeId: null };
    case "mine":
      return { status: { in: [...OPEN] }, assigneeId: p.id };
    case "open":
      return { status: { in: [...OPEN] } };
    case "overdue":
      return overdue;
    case "waiting":
      return { status: "NEEDS_INFO" };
    case "resolved":
      return { status: { in: [...SOLVED] } };
    case "all":
      return {};
  }
}

/** Every filter except visibility, the tab and the page: what the tab counts are counted over. */
function filterWhere(p: Principal, f: QueueFilters, overdue: Prisma.RequestWhereInput, enterpriseIds: string[]): Prisma.RequestWhereInput[] {
  const and: Prisma.RequestWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.type) and.push({ type: f.type });
  if (f.priority) and.push({ priority: f.priority });
  if (f.overdue) and.push(overdue);
  if (f.assignee === "me") and.push({ assigneeId: p.id });
  if (f.assignee === "unassigned") and.push({ assigneeId: null });
  if (f.township) and.push({ township: { code: f.township } });
  // Only an admin looks across units; a unit's view is already its own.
  if (f.unit && p.role === "ADMIN") and.push({ unit: { code: f.unit } });
  if (f.q) {
    // Both branches are index lookups (Request(enterpriseId, …) and the GIN on the words, which hold the
    // reference too), so the planner ORs two bitmaps instead of joining Enterprise and scanning every row.
    and.push({ OR: [...(enterpriseIds.length > 0 ? [{ enterpriseId: { in: enterpriseIds } }] : []), ...requestWordsWhere(f.q)] });
  }
  return and;
}

const rowSelect = {
  id: true, reference: true, type: true, details: true, status: true, priority: true, unitId: true, unverified: true,
  submittedAt: true, dueAt: true, firstResponseDueAt: true, firstResponseAt: true, escalatedAt: true,
  enterprise: { select: { name: true } },
  township: { select: { nameZh: true, nameEn: true } },
  unit: { select: { code: true, nameZh: true, nameEn: true } },
  assignee: { select: { id: true, name: true } },
} as const;
export type QueueRow = Prisma.RequestGetPayload<{ select: typeof rowSelect }>;

/** Most urgent due time first, then id: the order of the queue and of its keyset. */
function byDue(a: { dueAt: Date; id: string }, b: { dueAt: Date; id: string }): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * One page of the queue, most urgent due time first (keyset on (dueAt, id)), with the count of every tab
 * under the same filters. A unit sees its own cases and those it co-handles: each part is read through its
 * own index (visibleRequestParts) and the two pages merged, so no page scans the table.
 */
export async function queuePage(p: Principal, f: QueueFilters, now = new Date(), client: Db = db) {
  const [overdue, enterpriseIds] = await Promise.all([overdueWhere(now, client), f.q ? enterprisesMatching(f.q, client) : []]);
  const filters = filterWhere(p, f, overdue, enterpriseIds);
  const parts = visibleRequestParts(p);
  const after = decodeCursor(f.cursor);
  const keyset: Prisma.RequestWhereInput[] = after
    ? [seekAfter<Prisma.RequestWhereInput>("dueAt", after.dueAt, after.id, "asc")]
    : [];
  const [pages, counts] = await Promise.all([
    Promise.all(parts.map((part) =>
      client.request.findMany({
        where: { AND: [part, ...filters, tabWhere(f.tab, p, overdue), ...keyset] },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take: PAGE_SIZE + 1,
        select: rowSelect,
      }))),
    Promise.all(QUEUE_TABS.map(async (tab) => {
      const perPart = await Promise.all(parts.map((part) => client.request.count({ where: { AND: [part, ...filters, tabWhere(tab, p, overdue)] } })));
      return perPart.reduce((a, b) => a + b, 0);
    })),
  ]);
  const rows = pages.flat().sort(byDue);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.dueAt, last.id) : null,
    counts: Object.fromEntries(QUEUE_TABS.map((tab, i) => [tab, counts[i]!])) as Record<QueueTab, number>,
  };
}

/** Enterprises a search names: by a part of the name, or by the start of the credit code (a small table). */
function enterprisesMatching(q: string, client: Db): Promise<string[]> {
  return client.enterprise
    .findMany({
      where: { OR: [{ name: { contains: q.trim(), mode: "insensitive" } }, { uscc: { startsWith: q.trim().toUpperCase() } }] },
      select: { id: true },
      take: 500,
    })
    .then((rows) => rows.map((r) => r.id));
}

/** Choices for the queue's filter menus. */
export async function queueFilterOptions(p: Principal) {
  const [townships, units] = await Promise.all([
    db.township.findMany({ orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
    p.role === "ADMIN" ? db.unit.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } }) : [],
  ]);
  return { townships, units };
}

/** Who a lead (or an admin looking at one unit) may hand the selected cases to. */
export async function bulkAssignees(p: Principal, f: QueueFilters) {
  if (p.role === "LEAD" && p.unitId) return assignableStaff({ id: p.unitId });
  if (p.role === "ADMIN" && f.unit) return assignableStaff({ unit: { code: f.unit } });
  return [];
}

function assignableStaff(where: { id: string } | { unit: { code: string } }) {
  const unitWhere = "id" in where ? { unitId: where.id } : where;
  return db.user.findMany({ where: { ...unitWhere, active: true, role: { in: ["OFFICER", "LEAD"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
