"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { homeFor, safeCallback } from "@/lib/auth/home";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";

export type LoginState = { error?: "invalid"; email?: string };

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase();
  const password = String(formData.get("password") ?? "");
  const user = await db.user.findUnique({ where: { email }, select: { role: true, locale: true } });
  const target = safeCallback(String(formData.get("callbackUrl") ?? "")) ?? (user ? homeFor(user.role) : "/");
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    // Unknown email, wrong password and disabled account get one message: nothing to learn about who exists.
    if (err instanceof AuthError) return { error: "invalid", email };
    throw err;
  }
  // The account's saved language wins over the browser's from now on.
  if (user?.locale && isLocale(user.locale)) {
    (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  redirect(target);
}
