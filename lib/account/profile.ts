import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { isValidMobile, normalizeMobile } from "@/lib/checks/mobile";

/** A mobile number that may be left empty, normalized (the profile form and the admin's staff forms). */
export const optionalMobile = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .refine((s) => s === undefined || isValidMobile(s), "mobile")
  .transform((s) => (s === undefined ? undefined : normalizeMobile(s)));

// Message keys under `account.errors`.
export const profileSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  phone: optionalMobile.optional(),
  locale: z.enum(LOCALES, "required"),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** The person's own name, phone and language; only their own row can be reached from here. */
export async function updateProfile(p: Principal, input: ProfileInput): Promise<void> {
  await db.user.update({ where: { id: p.id }, data: { name: input.name, phone: input.phone ?? null, locale: input.locale } });
}

export function getProfile(p: Principal) {
  return db.user.findUniqueOrThrow({
    where: { id: p.id },
    select: { name: true, email: true, phone: true, locale: true, role: true, lastLoginAt: true },
  });
}
