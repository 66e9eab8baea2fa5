import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { decodeCursor, pageOf } from "./cursor";
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
    select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
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
