"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/forms/form-state";
import { signIn } from "@/lib/auth/auth";
import { registerEnterprise } from "@/lib/enterprises/register";
import { registrationSchema } from "@/lib/enterprises/schemas";
import { failedWith, refused } from "@/app/(enterprise)/_components/form-result";
import type { EnterpriseFormState } from "@/app/(enterprise)/_components/use-enterprise-form";

/** Anonymous: registers the company and its first account, then signs the person in. */
export async function registerAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const values = formValues(formData);
  const parsed = registrationSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return refused(parsed.error, values);
  try {
    await registerEnterprise(parsed.data);
  } catch (err) {
    return failedWith(err, values);
  }
  // The account exists now; signing in cannot meet a wrong password, and any other failure is unexpected.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/requests");
}
