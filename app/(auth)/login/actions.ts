"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { formAction } from "@/lib/actions/pipeline";
import { homeFor, safeCallback } from "@/lib/auth/home";
import { signInHeldUntil } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/client-address";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { ValidationError } from "@/lib/errors";

const schema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
  callbackUrl: z.string().max(2048).optional().default(""),
});

export const loginAction = formAction({
  name: "auth.login",
  roles: "anyone",
  schema,
  omit: ["callbackUrl"],
  run: async ({ input: { email, password, callbackUrl } }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      // Held back after repeated failures: say until when (lib/auth/throttle.ts). Otherwise unknown email,
      // wrong password and disabled account get one message: nothing to learn about who exists.
      const held = await signInHeldUntil(email, clientAddress(await headers()));
      if (held) return { message: "held", result: { retryAt: held.toISOString() } };
      throw new ValidationError({}, "credentials");
    }
    const user = await db.user.findUnique({ where: { email }, select: { role: true, locale: true } });
    // A language chosen on this device (the sign-in page's switcher sets the cookie) wins; otherwise the
    // account's saved language wins over the browser's from now on.
    const jar = await cookies();
    if (!isLocale(jar.get(LOCALE_COOKIE)?.value) && user?.locale && isLocale(user.locale)) {
      jar.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    }
    return { redirect: safeCallback(callbackUrl) ?? (user ? homeFor(user.role) : "/") };
  },
});
