"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { setEnterpriseFlags, setEnterpriseLiaison } from "@/lib/admin/enterprise-changes";
import { handleForm, type FormState } from "@/lib/forms/form-state";

// An unchecked checkbox is simply absent from the form.
const checkbox = z.literal("on").optional().transform((v) => v === "on");
const flagsSchema = z.object({ whitelisted: checkbox, aboveScale: checkbox });
const liaisonSchema = z.object({ liaisonId: z.string().trim().max(40).transform((s) => s || null) });

export async function flagsAction(enterpriseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("LEAD", "ADMIN");
  return handleForm(formData, flagsSchema, async (flags) => {
    await setEnterpriseFlags(principal, enterpriseId, flags);
    revalidatePath(`/admin/enterprises/${enterpriseId}`);
    return { message: "flagsSaved" };
  });
}

export async function liaisonAction(enterpriseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("LEAD", "ADMIN");
  return handleForm(formData, liaisonSchema, async ({ liaisonId }) => {
    await setEnterpriseLiaison(principal, enterpriseId, liaisonId);
    revalidatePath(`/admin/enterprises/${enterpriseId}`);
    return { message: "liaisonSaved", values: { liaisonId: liaisonId ?? "" } };
  });
}
