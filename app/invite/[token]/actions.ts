"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/forms/form-state";
import { signIn } from "@/lib/auth/auth";
import { acceptInvitation } from "@/lib/enterprises/invitations";
import { acceptInvitationSchema } from "@/lib/enterprises/schemas";
import { failedWith, refused } from "@/app/(enterprise)/_components/form-result";
import type { EnterpriseFormState } from "@/app/(enterprise)/_components/use-enterprise-form";

/** Anonymous: the invited colleague sets name and password, the link is spent, and they are signed in. */
export async function acceptInvitationAction(token: string, _prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const values = formValues(formData);
  const parsed = acceptInvitationSchema.safeParse({ name: formData.get("name") ?? undefined, password: formData.get("password") ?? undefined });
  if (!parsed.success) return refused(parsed.error, values);
  let email: string;
  try {
    ({ email } = await acceptInvitation(token, parsed.data));
  } catch (err) {
    return failedWith(err, values);
  }
  await signIn("credentials", { email, password: parsed.data.password, redirect: false });
  redirect("/requests");
}
