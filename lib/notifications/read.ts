import type { Prisma } from "@/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/cases/queue-filters";
import { db } from "@/lib/db";
import { seekAfter } from "@/lib/paging/keyset";

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export const NOTIFICATION_PAGE = 30;

/** One page of a person's own notifications, newest first (keyset on (createdAt, id)). */
export async function listNotifications(userId: string, opts: { unreadOnly?: boolean; cursor?: string } = {}) {
  // Same (instant, id) keyset cursor as the queue, here on the creation time.
  const cursor = decodeCursor(opts.cursor);
  const after = cursor && { createdAt: cursor.dueAt, id: cursor.id };
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(opts.unreadOnly && { readAt: null }),
      ...(after && seekAfter<Prisma.NotificationWhereInput>("createdAt", after.createdAt, after.id, "desc")),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_PAGE + 1,
    select: { id: true, kind: true, params: true, readAt: true, createdAt: true, request: { select: { reference: true } } },
  });
  const page = rows.slice(0, NOTIFICATION_PAGE);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > NOTIFICATION_PAGE && last ? encodeCursor(last.createdAt, last.id) : null };
}

/** Marks one of the person's own notifications read (someone else's id changes nothing). */
export async function markRead(userId: string, id: string, now = new Date()): Promise<void> {
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
}

/** Marks one of the person's own notifications read and returns what it is about (null for someone else's). */
export async function openNotification(userId: string, id: string, now = new Date()) {
  const n = await db.notification.findFirst({ where: { id, userId }, select: { kind: true, params: true, readAt: true, request: { select: { reference: true } } } });
  if (n && !n.readAt) await markRead(userId, id, now);
  return n && { kind: n.kind, reference: notificationReference(n) };
}

/** The case a notification is about: its request, or the reference it was written with. */
export function notificationReference(n: { params: unknown; request: { reference: string } | null }): string | null {
  const fromParams = (n.params as { reference?: unknown } | null)?.reference;
  return n.request?.reference ?? (typeof fromParams === "string" ? fromParams : null);
}

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
