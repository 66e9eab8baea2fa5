"use server";

import { z } from "zod";
import { plainAction } from "@/lib/actions/pipeline";
import { recordId } from "@/lib/actions/fields";
import { notificationPath } from "@/lib/notifications/message";
import { markAllRead, openNotification } from "@/lib/notifications/read";

const EVERY_ROLE = ["ENTERPRISE", "OFFICER", "LEAD", "ADMIN"] as const;
// The bell's count sits in the header of every page.
const bellAndList = () => ["/notifications", { layout: "/" }];

export const markAllReadAction = plainAction({
  name: "notifications.markAllRead",
  roles: EVERY_ROLE,
  schema: z.object({}),
  revalidate: bellAndList,
  run: async ({ principal }) => {
    await markAllRead(principal.id);
  },
});

/** Marks a notification read; with "open", goes where it leads (the case, or the company profile). */
export const openNotificationAction = plainAction({
  name: "notifications.open",
  roles: EVERY_ROLE,
  schema: z.object({ id: recordId, open: z.literal("1").optional() }),
  revalidate: bellAndList,
  run: async ({ principal, input }) => {
    const n = await openNotification(principal.id, input.id);
    const path = n && input.open ? notificationPath(principal.role, n.kind, n.reference) : null;
    return path ? { redirect: path } : undefined;
  },
});
