"use server";

import { formAction } from "@/lib/actions/pipeline";
import { calendarDaySchema, setCalendarDay } from "@/lib/admin/calendar";

export const setDayAction = formAction({
  name: "admin.calendarDay",
  roles: ["ADMIN"],
  schema: calendarDaySchema,
  revalidate: () => ["/admin/calendar"],
  run: async ({ principal, input }) => {
    await setCalendarDay(principal, input);
    return { message: "daySaved", values: { day: input.day, kind: input.kind, note: input.note ?? "" } };
  },
});
