import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OutboxStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/log";
import { decodeInstantCursor, pageOf } from "@/lib/paging/cursor";
import { assertAdmin } from "./guard";
import { seekAfter } from "@/lib/paging/keyset";
import { withoutControlCharacters } from "@/lib/checks/text";
import { recordOf } from "@/lib/checks/one-of";

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
  const cursor = decodeInstantCursor(f.cursor);
  if (cursor) where.push(seekAfter("createdAt", cursor.at, cursor.id, "desc"));
  const rows = await db.outbox.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      channel: true,
      to: true,
      subject: true,
      body: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
      sendAfter: true,
      provider: true,
      providerId: true,
      providerCode: true,
      kind: true,
      notification: { select: { kind: true } },
    },
  });
  return pageOf(rows, take, (r) => r.createdAt);
}

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "GIVEN_UP", "NOT_SENT"] as const satisfies readonly OutboxStatus[];
/** States an admin may send again: refused, given up, or never sent for want of a provider. */
export const RETRYABLE: readonly OutboxStatus[] = ["FAILED", "GIVEN_UP", "NOT_SENT"];
export const CHANNELS = ["EMAIL", "SMS"] as const;

/** A /track code is never sent again (it is not kept): the person asks for a new one. */
export function mayRetry(row: { status: OutboxStatus; kind: string | null }): boolean {
  return RETRYABLE.includes(row.status) && row.kind !== "TRACK_CODE";
}
type Counts = Record<OutboxStatus, number>;

function emptyCounts(): Counts {
  return recordOf(OUTBOX_STATUSES, () => 0);
}

/** How many are in each state: the page's tabs. */
export async function outboxCounts(p: Principal): Promise<Counts> {
  assertAdmin(p);
  const rows = await db.outbox.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = emptyCounts();
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

/** Messages per channel and state, for the admin overview. */
export async function deliveryByChannel(p: Principal): Promise<Record<(typeof CHANNELS)[number], Counts>> {
  assertAdmin(p);
  const rows = await db.outbox.groupBy({ by: ["channel", "status"], _count: { _all: true } });
  const out = { EMAIL: emptyCounts(), SMS: emptyCounts() };
  for (const r of rows) if (r.channel === "EMAIL" || r.channel === "SMS") out[r.channel][r.status] = r._count._all;
  return out;
}

/** Puts a failed, given-up or unsent message back in the queue with a fresh attempt budget; the sender picks it up again. */
export async function retryOutbox(p: Principal, id: string, now = new Date()): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    const row = await tx.outbox.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true, providerCode: true, kind: true } });
    if (!row) throw new NotFoundError("outbox");
    if (!mayRetry(row)) throw new ValidationError({}, "notFailed");
    const { count } = await tx.outbox.updateMany({
      where: { id, status: row.status },
      data: { status: "PENDING", attempts: 0, lastError: null, providerCode: null, sendAfter: now, claimedAt: null },
    });
    if (count === 0) throw new ValidationError({}, "notFailed");
    await writeAudit(tx, { actorId: p.id, action: "outbox.retry", entity: "Outbox", entityId: id, before: row, after: { status: "PENDING", attempts: 0 } });
  });
}
