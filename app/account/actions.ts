"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/session";
import { profileSchema, updateProfile } from "@/lib/account/profile";
import { changePassword, signOutOtherSessions } from "@/lib/account/security";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { failed, formValues, handleForm, invalid, type FormState } from "@/lib/forms/form-state";

const SECRETS = ["currentPassword", "newPassword", "confirmPassword"];

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1, "required"),
    newPassword: z.string().min(1, "required"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

const currentSchema = z.object({ currentPassword: z.string().min(1, "required") });

// Both password actions end every session (token version); this browser signs in again so it stays in.
async function reissueSession(email: string, password: string): Promise<FormState | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (err) {
    if (err instanceof AuthError) return { message: "signInAgain", seq: Date.now() };
    throw err;
  }
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireUser();
  return handleForm(formData, profileSchema, async (data) => {
    await updateProfile(principal, data);
    // The language takes effect at once in this browser, and follows the account to others.
    (await cookies()).set(LOCALE_COOKIE, data.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    revalidatePath("/", "layout");
    return { message: "profileSaved", values: { name: data.name, phone: data.phone ?? "", locale: data.locale } };
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireUser();
  const values = formValues(formData, SECRETS);
  const parsed = passwordSchema.safeParse(Object.fromEntries(SECRETS.map((k) => [k, String(formData.get(k) ?? "")])));
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await changePassword(principal, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (err) {
    return failed(err, values);
  }
  const refused = await reissueSession(principal.email, parsed.data.newPassword);
  if (refused) return refused;
  revalidatePath("/", "layout");
  return { ok: true, message: "passwordChanged", seq: Date.now() };
}

export async function signOutOthersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireUser();
  const parsed = currentSchema.safeParse({ currentPassword: String(formData.get("currentPassword") ?? "") });
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await signOutOtherSessions(principal, parsed.data.currentPassword);
  } catch (err) {
    return failed(err, {});
  }
  const refused = await reissueSession(principal.email, parsed.data.currentPassword);
  if (refused) return refused;
  revalidatePath("/", "layout");
  return { ok: true, message: "othersSignedOut", seq: Date.now() };
}
