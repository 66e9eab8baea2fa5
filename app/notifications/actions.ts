"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { casePath } from "@/lib/notifications/message";
import { markAllRead, markRead } from "@/lib/notifications/read";

const id = z.string().min(1).max(40);
const reference = z.string().regex(/^[A-Z0-9-]{1,40}$/);

export async function markAllReadAction(): Promise<void> {
  const p = await requireUser();
  await markAllRead(p.id);
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}

/** Marks a notification read; with a reference, opens the case it is about. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const p = await requireUser();
  const parsed = id.safeParse(formData.get("id"));
  if (parsed.success) await markRead(p.id, parsed.data);
  revalidatePath("/", "layout");
  const ref = reference.safeParse(formData.get("reference"));
  if (ref.success) redirect(casePath(p.role, ref.data));
  revalidatePath("/notifications");
}
