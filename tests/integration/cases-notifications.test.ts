import { beforeEach, describe, expect, it } from "vitest";
import { notificationPath } from "@/lib/notifications/message";
import { listNotifications, markAllRead, markRead, NOTIFICATION_PAGE, openNotification, unreadCount } from "@/lib/notifications/read";
import { makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
beforeEach(() => resetDb());

describe("the notification centre", () => {
  it("pages newest first, each notice once, and only ever the person's own", async () => {
    const w = await makeCaseWorld(db);
    const mine = w.users.officerA.id;
    const t0 = Date.parse("2026-03-02T08:00:00Z");
    await db.notification.createMany({
      data: Array.from({ length: NOTIFICATION_PAGE + 5 }, (_, i) => ({
        userId: mine,
        kind: "REPLY",
        params: { reference: `R${i}` },
        createdAt: new Date(t0 + Math.floor(i / 3) * 1000),
      })),
    });
    const theirs = await db.notification.create({ data: { userId: w.users.officerB.id, kind: "REPLY" } });

    const first = await listNotifications(mine);
    const second = await listNotifications(mine, { cursor: first.nextCursor! });
    const all = [...first.rows, ...second.rows];
    expect(all).toHaveLength(NOTIFICATION_PAGE + 5);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    expect(all.map((n) => n.createdAt.getTime())).toEqual([...all.map((n) => n.createdAt.getTime())].sort((a, b) => b - a));
    expect(second.nextCursor).toBeNull();

    await markRead(mine, theirs.id);
    expect(await unreadCount(w.users.officerB.id)).toBe(1);
    await markRead(mine, all[0]!.id);
    expect(await unreadCount(mine)).toBe(NOTIFICATION_PAGE + 4);
    expect((await listNotifications(mine, { unreadOnly: true })).rows.map((n) => n.id)).not.toContain(all[0]!.id);
    expect(await markAllRead(mine)).toBe(NOTIFICATION_PAGE + 4);
    expect(await unreadCount(mine)).toBe(0);
    expect(await unreadCount(w.users.officerB.id)).toBe(1);
  });

  it("opening a notice marks it read and says where it leads; someone else's opens nothing", async () => {
    const w = await makeCaseWorld(db);
    const mine = w.users.officerA.id;
    const about = await db.notification.create({ data: { userId: mine, kind: "REPLY", params: { reference: "YW-2026-000042" } } });
    const company = await db.notification.create({ data: { userId: mine, kind: "ENTERPRISE_VERIFIED" } });
    const theirs = await db.notification.create({ data: { userId: w.users.officerB.id, kind: "REPLY", params: { reference: "YW-2026-000043" } } });

    const opened = await openNotification(mine, about.id);
    expect(opened).toEqual({ kind: "REPLY", reference: "YW-2026-000042" });
    expect(notificationPath("OFFICER", opened!.kind, opened!.reference)).toBe("/cases/YW-2026-000042");
    expect(notificationPath("ENTERPRISE", opened!.kind, opened!.reference)).toBe("/requests/YW-2026-000042");
    expect(await openNotification(mine, about.id)).toEqual(opened); // already read: still leads there
    const profile = await openNotification(mine, company.id);
    expect(notificationPath("ENTERPRISE", profile!.kind, profile!.reference)).toBe("/enterprise");
    expect(await unreadCount(mine)).toBe(0);

    expect(await openNotification(mine, theirs.id)).toBeNull();
    expect(await unreadCount(w.users.officerB.id)).toBe(1);
  });
});
