"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { notificationPath } from "@/lib/notifications/message";
import { markAllRead, openNotification } from "@/lib/notifications/read";

const id = z.string().min(1).max(40);

export async function markAllReadAction(): Promise<void> {
  const p = await requireUser();
  await markAllRead(p.id);
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}

/** Marks a notification read; with "open", goes where it leads (the case, or the company profile). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const p = await requireUser();
  const parsed = id.safeParse(formData.get("id"));
  const n = parsed.success ? await openNotification(p.id, parsed.data) : null;
  revalidatePath("/", "layout");
  const path = n && formData.get("open") === "1" ? notificationPath(p.role, n.kind, n.reference) : null;
  if (path) redirect(path);
  revalidatePath("/notifications");
}
