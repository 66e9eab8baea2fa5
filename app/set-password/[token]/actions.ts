"use server";

import { z } from "zod";
import { setPasswordWithLink } from "@/lib/account/set-password";
import { failed, invalid, type FormState } from "@/lib/forms/form-state";

const schema = z
  .object({ password: z.string().min(1, "required"), confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

/** Public: the link itself is the proof. The token is checked, used once, and never echoed back. */
export async function setPasswordAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = schema.safeParse({ password: String(formData.get("password") ?? ""), confirmPassword: String(formData.get("confirmPassword") ?? "") });
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await setPasswordWithLink(token, parsed.data.password, new Date());
  } catch (err) {
    return failed(err, {});
  }
  return { ok: true, message: "passwordSet", seq: Date.now() };
}
