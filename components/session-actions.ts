"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { auth, signOut } from "@/lib/auth/auth";
import { revokeSession } from "@/lib/auth/revocation";
import { readMark } from "@/lib/auth/session-mark";
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

/** Ends this sign-in for good: deleting the cookie is not enough while a copy of it may still be in flight. */
export async function signOutAction() {
  const mark = readMark(await auth());
  if (mark) await revokeSession(mark);
  await signOut({ redirectTo: "/login" });
}
