"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { formAction } from "@/lib/actions/pipeline";
import { profileSchema, updateProfile } from "@/lib/account/profile";
import { changePassword, signOutOtherSessions } from "@/lib/account/security";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { ValidationError } from "@/lib/errors";

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "required"),
    newPassword: z.string().min(1, "required"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

const currentSchema = z.object({ currentPassword: z.string().min(1, "required") });
const EVERYWHERE = () => [{ layout: "/" }];

// Both password actions end every session (token version); this browser signs in again so it stays in.
async function reissueSession(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    if (err instanceof AuthError) throw new ValidationError({}, "signInAgain");
    throw err;
  }
}

export const updateProfileAction = formAction({
  name: "account.profile",
  roles: ["ENTERPRISE", "OFFICER", "LEAD", "ADMIN"],
  schema: profileSchema,
  revalidate: EVERYWHERE,
  run: async ({ principal, input }) => {
    await updateProfile(principal, input);
    // The language takes effect at once in this browser, and follows the account to others.
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { message: "profileSaved", values: { name: input.name, phone: input.phone ?? "", locale: input.locale } };
  },
});

export const changePasswordAction = formAction({
  name: "account.changePassword",
  roles: ["ENTERPRISE", "OFFICER", "LEAD", "ADMIN"],
  schema: passwordSchema,
  revalidate: EVERYWHERE,
  run: async ({ principal, input }) => {
    await changePassword(principal, input.currentPassword, input.newPassword);
    await reissueSession(principal.email, input.newPassword);
    return { message: "passwordChanged" };
  },
});

export const signOutOthersAction = formAction({
  name: "account.signOutOthers",
  roles: ["ENTERPRISE", "OFFICER", "LEAD", "ADMIN"],
  schema: currentSchema,
  revalidate: EVERYWHERE,
  run: async ({ principal, input }) => {
    await signOutOtherSessions(principal, input.currentPassword);
    await reissueSession(principal.email, input.currentPassword);
    return { message: "othersSignedOut" };
  },
});
