import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { decodeCursor, pageOf } from "@/lib/paging/cursor";
import { assertAdmin } from "./guard";
import { shanghaiDayStart } from "@/lib/time/shanghai";

export type AuditFilters = { actorId?: string; entity?: string; entityId?: string; from?: string; to?: string; cursor?: string };
export const AUDIT_PAGE_SIZE = 30;

/** The audit log, newest first, by actor, entity and Shanghai date range (both days included). */
export async function listAudit(p: Principal, f: AuditFilters, take = AUDIT_PAGE_SIZE) {
  assertAdmin(p);
  const where: Prisma.AuditLogWhereInput[] = [];
  if (f.actorId) where.push({ actorId: f.actorId });
  if (f.entity) where.push({ entity: f.entity });
  if (f.entityId) where.push({ entityId: f.entityId });
  const from = f.from ? shanghaiDayStart(f.from) : null;
  if (from && !Number.isNaN(from.getTime())) where.push({ createdAt: { gte: from } });
  const to = f.to ? shanghaiDayStart(f.to) : null;
  if (to && !Number.isNaN(to.getTime())) where.push({ createdAt: { lt: new Date(to.getTime() + 86_400_000) } });
  const cursor = decodeCursor(f.cursor);
  if (cursor && /^\d+$/.test(cursor.id)) where.push({ id: { lt: BigInt(cursor.id) } });
  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: { id: "desc" },
    take: take + 1,
    select: {
      id: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return pageOf(rows, take, () => null);
}

/** People who appear in the log, and the kinds of record, for the filter pickers. */
export async function auditFilterOptions(p: Principal) {
  assertAdmin(p);
  const [actors, entities] = await Promise.all([
    db.user.findMany({ where: { auditLogs: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditLog.findMany({ distinct: ["entity"], orderBy: { entity: "asc" }, select: { entity: true } }),
  ]);
  return { actors, entities: entities.map((e) => e.entity) };
}

/** A record's name for the log, in both languages (most names have one spelling). */
export type SubjectName = { zh: string; en: string };

/**
 * The names of the records a page of the log points at — a person's name, a unit's or township's name in
 * each language, a company's name, a case's reference, a message's recipient — looked up once per kind,
 * keyed "Entity:id". A calendar day is its own name; a record since removed has none.
 */
export async function auditSubjectNames(rows: { entity: string; entityId: string }[]): Promise<Map<string, SubjectName>> {
  const ids = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
  const same = (id: string, name: string): [string, SubjectName] => [id, { zh: name, en: name }];
  const [users, units, townships, enterprises, requests, outbox] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { id: { in: ids("Unit") } }, select: { id: true, nameZh: true, nameEn: true } }),
    db.township.findMany({ where: { id: { in: ids("Township") } }, select: { id: true, nameZh: true, nameEn: true } }),
    db.enterprise.findMany({ where: { id: { in: ids("Enterprise") } }, select: { id: true, name: true } }),
    db.request.findMany({ where: { id: { in: ids("Request") } }, select: { id: true, reference: true } }),
    db.outbox.findMany({ where: { id: { in: ids("Outbox") } }, select: { id: true, to: true } }),
  ]);
  const names = new Map<string, SubjectName>();
  const put = (entity: string, entries: [string, SubjectName][]) => entries.forEach(([id, n]) => names.set(`${entity}:${id}`, n));
  put(
    "User",
    users.map((u) => same(u.id, u.name)),
  );
  put(
    "Unit",
    units.map((u) => [u.id, { zh: u.nameZh, en: u.nameEn }]),
  );
  put(
    "Township",
    townships.map((u) => [u.id, { zh: u.nameZh, en: u.nameEn }]),
  );
  put(
    "Enterprise",
    enterprises.map((e) => same(e.id, e.name)),
  );
  put(
    "Request",
    requests.map((r) => same(r.id, r.reference)),
  );
  put(
    "Outbox",
    outbox.map((o) => same(o.id, o.to)),
  );
  put(
    "CalendarDay",
    ids("CalendarDay").map((d) => same(d, d)),
  );
  return names;
}
