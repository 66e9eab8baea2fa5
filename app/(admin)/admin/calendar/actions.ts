"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { calendarDaySchema, setCalendarDay } from "@/lib/admin/calendar";
import { handleForm, type FormState } from "@/lib/forms/form-state";

export async function setDayAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, calendarDaySchema, async (data) => {
    await setCalendarDay(principal, data);
    revalidatePath("/admin/calendar");
    return { message: "daySaved", values: { day: data.day, kind: data.kind, note: data.note ?? "" } };
  });
}
