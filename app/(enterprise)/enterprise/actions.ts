"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/forms/form-state";
import { appOrigin } from "@/lib/http/origin";
import { requireRole } from "@/lib/auth/session";
import { createInvitation } from "@/lib/enterprises/invitations";
import { updateContactPreference } from "@/lib/enterprises/profile";
import { contactPreferenceSchema, invitationSchema } from "@/lib/enterprises/schemas";
import type { EnterpriseFormState } from "../_components/use-enterprise-form";

export async function saveContactPreferenceAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  return handleForm(formData, contactPreferenceSchema, async (data) => {
    await updateContactPreference(principal, data);
    revalidatePath("/enterprise");
    return { message: "saved" };
  });
}

/** Creates a colleague's invitation; the link comes back once so the inviter can pass it on. */
export async function inviteColleagueAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  return handleForm(formData, invitationSchema, async ({ email }) => {
    const { link } = await createInvitation(principal, email, appOrigin());
    revalidatePath("/enterprise");
    return { link };
  });
}
