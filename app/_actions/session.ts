"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/auth";
import { getPrincipal } from "@/lib/auth/session";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/db";

export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  // A signed-in person's choice is kept on their account too, so it follows them to another device.
  const principal = await getPrincipal();
  if (principal) await db.user.update({ where: { id: principal.id }, data: { locale } });
  revalidatePath("/", "layout");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
