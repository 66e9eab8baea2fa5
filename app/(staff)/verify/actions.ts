"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues } from "@/lib/forms/form-state";
import { requireRole } from "@/lib/auth/session";
import { decideRegistration } from "@/lib/enterprises/verification";
import { failedWith, refused } from "@/app/(enterprise)/_components/form-result";
import type { EnterpriseFormState } from "@/app/(enterprise)/_components/use-enterprise-form";

const decision = z.discriminatedUnion("decision", [
  z.object({ enterpriseId: z.string().min(1), decision: z.literal("verify") }),
  z.object({ enterpriseId: z.string().min(1), decision: z.literal("reject"), reason: z.string().optional().default("") }),
]);

/** Verify or reject a pending registration of the officer's township (admins: any). */
export async function decideRegistrationAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const values = formValues(formData);
  const parsed = decision.safeParse(values);
  if (!parsed.success) return refused(parsed.error, values);
  const { enterpriseId, ...d } = parsed.data;
  try {
    await decideRegistration(principal, enterpriseId, d);
  } catch (err) {
    revalidatePath("/verify");
    return failedWith(err, values);
  }
  revalidatePath("/verify");
  // The decided company leaves the list (and its form with it), so the page itself says what happened.
  redirect(`/verify?done=${d.decision === "verify" ? "verified" : "rejected"}`);
}
