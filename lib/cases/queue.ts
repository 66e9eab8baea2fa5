import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Priority, RequestStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db, type Db } from "@/lib/db";
import { visibleRequestSqlParts } from "@/lib/requests/access";
import { overdueAt, ts } from "@/lib/stats/definitions";
import { QUEUE_TABS, type QueueFilters, type QueueTab } from "./queue-filters";
import { decodeInstantCursor, pageOf } from "@/lib/paging/cursor";
import { OPEN, SOLVED } from "@/lib/workflow/statuses";
import { sqlList } from "@/lib/workflow/status-sql";
import { identifierIndexes, looksLikeIdentifier } from "@/lib/pii/sensitive";
import { requestWordsSql } from "@/lib/requests/search-text";
import { recordOf } from "@/lib/checks/one-of";

export const PAGE_SIZE = 25;

const OPEN_SQL = Prisma.sql`r."status" IN (${sqlList(OPEN)})`;

/** The rows a tab holds (over the request row `r`). */
function tabSql(tab: QueueTab, p: Principal, now: Date): Prisma.Sql {
  switch (tab) {
    case "unassigned":
      return Prisma.sql`${OPEN_SQL} AND r."assigneeId" IS NULL`;
    case "mine":
      return Prisma.sql`${OPEN_SQL} AND r."assigneeId" = ${p.id}`;
    case "open":
      return OPEN_SQL;
    case "overdue":
      return overdueAt(now);
    case "waiting":
      return Prisma.sql`r."status" = 'NEEDS_INFO'`;
    case "resolved":
      return Prisma.sql`r."status" IN (${sqlList(SOLVED)})`;
    case "all":
      return Prisma.sql`TRUE`;
  }
}

/** LIKE's own wildcards in what a person typed match themselves. */
const likeText = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** Every filter except visibility, the tab and the page: what the tab counts are counted over. */
function filterSql(p: Principal, f: QueueFilters, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.status) and.push(Prisma.sql`r."status" = ${f.status}::"RequestStatus"`);
  if (f.type) and.push(Prisma.sql`r."type" = ${f.type}`);
  if (f.priority) and.push(Prisma.sql`r."priority" = ${f.priority}::"Priority"`);
  if (f.overdue) and.push(overdueAt(now));
  if (f.assignee === "me") and.push(Prisma.sql`r."assigneeId" = ${p.id}`);
  if (f.assignee === "unassigned") and.push(Prisma.sql`r."assigneeId" IS NULL`);
  if (f.township) and.push(Prisma.sql`r."townshipId" = (SELECT t."id" FROM "Township" t WHERE t."code" = ${f.township})`);
  // Only an admin looks across units; a unit's view is already its own.
  if (f.unit && p.role === "ADMIN") and.push(Prisma.sql`r."unitId" = (SELECT u."id" FROM "Unit" u WHERE u."code" = ${f.unit})`);
  if (f.q) {
    const upper = likeText(f.q.toUpperCase());
    const text = likeText(f.q);
    // Each branch is an index lookup: the enterprise by name or code, the GIN on the request's words (which
    // hold the reference too), and the blind index for a whole passport or ID number (never stored itself).
    and.push(Prisma.sql`(r."enterpriseId" IN (SELECT qe."id" FROM "Enterprise" qe WHERE qe."name" ILIKE '%' || ${text} || '%' OR qe."uscc" LIKE ${upper} || '%')
      OR r."reference" LIKE '%' || ${upper} || '%'
      ${requestWordsSql(f.q)}
      ${looksLikeIdentifier(f.q) ? Prisma.sql`OR EXISTS (SELECT 1 FROM "SensitiveValue" sv WHERE sv."requestId" = r."id" AND sv."blindIndex" IN (${Prisma.join(identifierIndexes(f.q))}))` : Prisma.empty})`);
  }
  return Prisma.join(and, " AND ");
}

export type QueueRow = {
  id: string;
  reference: string;
  type: string;
  status: RequestStatus;
  priority: Priority;
  unitId: string;
  unverified: boolean;
  submittedAt: Date;
  dueAt: Date;
  firstResponseDueAt: Date;
  firstResponseAt: Date | null;
  escalatedAt: Date | null;
  firstResponseEscalatedAt: Date | null;
  details: unknown;
  enterprise: { name: string };
  township: { nameZh: string; nameEn: string };
  unit: { code: string; nameZh: string; nameEn: string };
  assignee: { id: string; name: string } | null;
};

type FlatRow = Omit<QueueRow, "enterprise" | "township" | "unit" | "assignee"> & {
  enterpriseName: string;
  townshipZh: string;
  townshipEn: string;
  unitCode: string;
  unitZh: string;
  unitEn: string;
  assigneeId: string | null;
  assigneeName: string | null;
};

/** Caps each tab count: counting stops at CAP rows, so a count costs at most CAP index entries, never the unit's size. */
export const COUNT_CAP = 100;

/**
 * Up to `limit` rows of the view after the keyset position, most urgent due time first. A unit sees its
 * own cases and those it co-handles: each part is read through its own index (visibleRequestSqlParts)
 * with its own LIMIT, the parts merged in SQL; the city-wide view seeks Request(dueAt, id). One statement.
 */
async function queueRows(p: Principal, f: QueueFilters, now: Date, after: { at: Date; id: string } | null, limit: number, client: Db): Promise<QueueRow[]> {
  const filters = filterSql(p, f, now);
  const parts = visibleRequestSqlParts(p);
  const keyset = after ? Prisma.sql`r."dueAt" >= ${ts(after.at)} AND (r."dueAt" > ${ts(after.at)} OR r."id" > ${after.id})` : Prisma.sql`TRUE`;
  const tab = tabSql(f.tab, p, now);
  const pick = (part: Prisma.Sql) => Prisma.sql`(SELECT r.* FROM "Request" r WHERE ${part} AND ${filters} AND ${tab} AND ${keyset}
    ORDER BY r."dueAt", r."id" LIMIT ${limit})`;
  const flat = await client.$queryRaw<
    FlatRow[]
  >(Prisma.sql`SELECT r."id", r."reference", r."type", r."details", r."status", r."priority", r."unitId", r."unverified", r."submittedAt", r."dueAt",
      r."firstResponseDueAt", r."firstResponseAt", r."escalatedAt", r."firstResponseEscalatedAt", e."name" AS "enterpriseName", t."nameZh" AS "townshipZh", t."nameEn" AS "townshipEn",
      u."code" AS "unitCode", u."nameZh" AS "unitZh", u."nameEn" AS "unitEn", a."id" AS "assigneeId", a."name" AS "assigneeName"
    FROM (${Prisma.join(parts.map(pick), " UNION ALL ")}) r
    JOIN "Enterprise" e ON e."id" = r."enterpriseId" JOIN "Township" t ON t."id" = r."townshipId" JOIN "Unit" u ON u."id" = r."unitId"
    LEFT JOIN "User" a ON a."id" = r."assigneeId"
    ORDER BY r."dueAt", r."id" LIMIT ${limit}`);
  return flat.map(({ enterpriseName, townshipZh, townshipEn, unitCode, unitZh, unitEn, assigneeId, assigneeName, ...r }) => ({
    ...r,
    enterprise: { name: enterpriseName },
    township: { nameZh: townshipZh, nameEn: townshipEn },
    unit: { code: unitCode, nameZh: unitZh, nameEn: unitEn },
    assignee: assigneeId ? { id: assigneeId, name: assigneeName ?? "" } : null,
  }));
}

type Named = { code: string; nameZh: string; nameEn: string };
/** The choices of the queue's filter menus: every township, and for an admin every active unit. */
export type QueueMenus = { townships: Named[]; units: Named[] };

const namedJson = (alias: string) =>
  Prisma.raw(
    `coalesce(json_agg(json_build_object('code', ${alias}."code", 'nameZh', ${alias}."nameZh", 'nameEn', ${alias}."nameEn") ORDER BY ${alias}."code"), '[]')`,
  );

/**
 * One page of the queue (keyset on (dueAt, id)) with the count of every tab under the same filters,
 * capped at COUNT_CAP, and with `menus` the filter menus' choices read in the counts' statement. Two
 * statements, whatever the page shows.
 */
export async function queuePage(p: Principal, f: QueueFilters, now = new Date(), client: Db = db, menus = false) {
  const filters = filterSql(p, f, now);
  const parts = visibleRequestSqlParts(p);
  const count = (t: QueueTab) =>
    Prisma.sql`(SELECT count(*)::int FROM (${Prisma.join(
      parts.map((part) => Prisma.sql`(SELECT 1 FROM "Request" r WHERE ${part} AND ${filters} AND ${tabSql(t, p, now)} LIMIT ${COUNT_CAP})`),
      " UNION ALL ",
    )}) c) AS "${Prisma.raw(t)}"`;
  const menuSql = menus
    ? Prisma.sql`, (SELECT ${namedJson("t")} FROM "Township" t) AS "townships",
        ${p.role === "ADMIN" ? Prisma.sql`(SELECT ${namedJson("u")} FROM "Unit" u WHERE u."active")` : Prisma.sql`'[]'::json`} AS "units"`
    : Prisma.empty;
  const [rows, [counted]] = await Promise.all([
    queueRows(p, f, now, decodeInstantCursor(f.cursor), PAGE_SIZE + 1, client),
    client.$queryRaw<(Record<QueueTab, number> & Partial<QueueMenus>)[]>(Prisma.sql`SELECT ${Prisma.join(QUEUE_TABS.map(count), ", ")} ${menuSql}`),
  ]);
  return {
    ...pageOf(rows, PAGE_SIZE, (r) => r.dueAt),
    counts: recordOf(QUEUE_TABS, (t) => Math.min(counted![t], COUNT_CAP)),
    menus: { townships: counted!.townships ?? [], units: counted!.units ?? [] },
  };
}

export const EXPORT_BATCH = 500;

/**
 * Every row of the queue's current view (tab and filters, not the page), in queue order, a batch at a
 * time by keyset on (dueAt, id) — never by offset, so a long ledger costs each batch the same.
 */
export async function* queueExportBatches(p: Principal, f: QueueFilters, now = new Date(), client: Db = db, size = EXPORT_BATCH): AsyncGenerator<QueueRow[]> {
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const batch = await queueRows(p, f, now, after, size, client);
    if (batch.length) yield batch;
    const last = batch.at(-1);
    if (batch.length < size || !last) return;
    after = { at: last.dueAt, id: last.id };
  }
}

/**
 * Everything the queue page reads for one view besides the person and the header: the page with its tab
 * counts and filter menus and, for a lead, whom the selection can go to. A fixed number of statements
 * whatever the page shows (tests/integration/queue-statements.test.ts counts them).
 */
export async function queueView(p: Principal, f: QueueFilters, now: Date) {
  const lead = p.role === "LEAD" || p.role === "ADMIN";
  const [page, assignees] = await Promise.all([queuePage(p, f, now, db, true), lead ? bulkAssignees(p, f) : Promise.resolve([])]);
  return { page, options: page.menus, assignees, lead };
}

/** Who a lead (or an admin looking at one unit) may hand the selected cases to. */
export async function bulkAssignees(p: Principal, f: QueueFilters) {
  if (p.role === "LEAD" && p.unitId) return assignableStaff({ id: p.unitId });
  if (p.role === "ADMIN" && f.unit) return assignableStaff({ unit: { code: f.unit } });
  return [];
}

function assignableStaff(where: { id: string } | { unit: { code: string } }) {
  const unitWhere = "id" in where ? { unitId: where.id } : where;
  return db.user.findMany({
    where: { ...unitWhere, active: true, role: { in: ["OFFICER", "LEAD"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
