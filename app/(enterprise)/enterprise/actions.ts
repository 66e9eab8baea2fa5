"use server";

import { revalidatePath } from "next/cache";
import { formValues } from "@/app/(admin)/admin/_lib/form-state";
import { requestOrigin } from "@/app/(admin)/admin/_lib/origin";
import { requireRole } from "@/lib/auth/session";
import { createInvitation } from "@/lib/enterprises/invitations";
import { updateContactPreference } from "@/lib/enterprises/profile";
import { contactPreferenceSchema, invitationSchema } from "@/lib/enterprises/schemas";
import { failedWith, refused } from "../_components/form-result";
import type { EnterpriseFormState } from "../_components/use-enterprise-form";

export async function saveContactPreferenceAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  const values = formValues(formData);
  const parsed = contactPreferenceSchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);
  try {
    await updateContactPreference(principal, parsed.data);
  } catch (err) {
    return failedWith(err, values);
  }
  revalidatePath("/enterprise");
  return { ok: true, message: "saved", values, seq: Date.now() };
}

/** Creates a colleague's invitation; the link comes back once so the inviter can pass it on. */
export async function inviteColleagueAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  const values = formValues(formData);
  const parsed = invitationSchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);
  try {
    const { link } = await createInvitation(principal, parsed.data.email, await requestOrigin());
    revalidatePath("/enterprise");
    return { ok: true, link, seq: Date.now() };
  } catch (err) {
    return failedWith(err, values);
  }
}
