import type { Prisma } from "@/generated/prisma/client";
import type { OutboxStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { writeAudit } from "./audit";
import { decodeCursor, pageOf } from "./cursor";
import { assertAdmin } from "./guard";
import { seekAfter } from "@/lib/paging/keyset";
import { withoutControlCharacters } from "@/lib/checks/text";

export type OutboxFilters = { status?: OutboxStatus; channel?: string; q?: string; cursor?: string };
export const OUTBOX_PAGE_SIZE = 30;

/** Outgoing emails and messages, newest first, with their delivery state. */
export async function listOutbox(p: Principal, f: OutboxFilters, take = OUTBOX_PAGE_SIZE) {
  assertAdmin(p);
  const where: Prisma.OutboxWhereInput[] = [];
  if (f.status) where.push({ status: f.status });
  if (f.channel) where.push({ channel: f.channel });
  const q = f.q && withoutControlCharacters(f.q).trim();
  if (q) where.push({ OR: [{ to: { contains: q, mode: "insensitive" } }, { subject: { contains: q, mode: "insensitive" } }] });
  const cursor = decodeCursor(f.cursor);
  if (cursor && typeof cursor.k === "string") {
    const at = new Date(cursor.k);
    if (!Number.isNaN(at.getTime())) where.push(seekAfter("createdAt", at, cursor.id, "desc"));
  }
  const rows = await db.outbox.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true, channel: true, to: true, subject: true, body: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true,
      notification: { select: { kind: true } },
    },
  });
  return pageOf(rows, take, (r) => r.createdAt);
}

/** How many are waiting, sent and failed: the page's headline. */
export async function outboxCounts(p: Principal) {
  assertAdmin(p);
  const rows = await db.outbox.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (s: OutboxStatus) => rows.find((r) => r.status === s)?._count._all ?? 0;
  return { PENDING: count("PENDING"), SENT: count("SENT"), FAILED: count("FAILED") };
}

/** Puts a failed message back in the queue with a fresh attempt budget; the sender picks it up again. */
export async function retryOutbox(p: Principal, id: string): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    const row = await tx.outbox.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true } });
    if (!row) throw new NotFoundError("outbox");
    if (row.status !== "FAILED") throw new ValidationError({}, "notFailed");
    await tx.outbox.update({ where: { id }, data: { status: "PENDING", attempts: 0, lastError: null } });
    await writeAudit(tx, { actorId: p.id, action: "outbox.retry", entity: "Outbox", entityId: id, before: row, after: { status: "PENDING", attempts: 0 } });
  });
}
