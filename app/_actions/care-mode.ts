"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { CARE_COOKIE } from "@/lib/i18n/care-mode";

/** Turns 适老化 mode on or off for this browser, like the language choice. */
export async function setCareModeAction(formData: FormData) {
  const on = formData.get("care") === "on";
  (await cookies()).set(CARE_COOKIE, on ? "on" : "off", { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  revalidatePath("/", "layout");
}
