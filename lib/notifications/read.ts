import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { decodeInstantCursor, pageOf } from "@/lib/paging/cursor";
import { seekAfter } from "@/lib/paging/keyset";
import { noticeParams } from "./kinds";

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export const NOTIFICATION_PAGE = 30;

/** One page of a person's own notifications, newest first (keyset on (createdAt, id)). */
export async function listNotifications(userId: string, opts: { unreadOnly?: boolean; cursor?: string } = {}) {
  const after = decodeInstantCursor(opts.cursor);
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(opts.unreadOnly && { readAt: null }),
      ...(after && seekAfter<Prisma.NotificationWhereInput>("createdAt", after.at, after.id, "desc")),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_PAGE + 1,
    select: { id: true, kind: true, params: true, readAt: true, createdAt: true, request: { select: { reference: true } } },
  });
  return pageOf(rows, NOTIFICATION_PAGE, (r) => r.createdAt);
}

/** Marks one of the person's own notifications read (someone else's id changes nothing). */
export async function markRead(userId: string, id: string, now = new Date()): Promise<void> {
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
}

/** Marks one of the person's own notifications read and returns what it is about (null for someone else's). */
export async function openNotification(userId: string, id: string, now = new Date()) {
  const n = await db.notification.findFirst({
    where: { id, userId },
    select: { kind: true, params: true, readAt: true, request: { select: { reference: true } } },
  });
  if (n && !n.readAt) await markRead(userId, id, now);
  return n && { kind: n.kind, reference: notificationReference(n) };
}

/** The case a notification is about: its request, or the reference it was written with. */
export function notificationReference(n: { params: unknown; request: { reference: string } | null }): string | null {
  return n.request?.reference ?? noticeParams(n.params).reference ?? null;
}

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
