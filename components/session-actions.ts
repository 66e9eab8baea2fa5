"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { auth, signOut } from "@/lib/auth/auth";
import { plainAction } from "@/lib/actions/pipeline";
import { revokeSession } from "@/lib/auth/revocation";
import { readMark } from "@/lib/auth/session-mark";
import { getPrincipal } from "@/lib/auth/session";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { db } from "@/lib/db";

/** Anyone may switch the language; a signed-in person's choice is kept on their account too, so it follows them. */
export const setLocaleAction = plainAction({
  name: "session.setLocale",
  roles: "anyone",
  schema: z.object({ locale: z.enum(LOCALES) }),
  revalidate: () => [{ layout: "/" }],
  run: async ({ input: { locale } }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    const principal = await getPrincipal();
    if (principal) await db.user.update({ where: { id: principal.id }, data: { locale } });
  },
});

/** Ends this sign-in for good: deleting the cookie is not enough while a copy of it may still be in flight. */
export const signOutAction = plainAction({
  name: "session.signOut",
  roles: "anyone",
  schema: z.object({}),
  run: async () => {
    const mark = readMark(await auth());
    if (mark) await revokeSession(mark);
    await signOut({ redirectTo: "/login" });
  },
});
