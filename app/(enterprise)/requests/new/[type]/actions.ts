"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { incomingFiles, prepareUploads } from "@/lib/files/uploads";
import { detailsFromForm, rawValues } from "@/lib/requests/form-values";
import { findRequestType } from "@/lib/requests/registry";
import { submitRequest } from "@/lib/requests/submit";
import { failedWith, refused } from "../../../_components/form-result";
import type { EnterpriseFormState } from "../../../_components/use-enterprise-form";

/** Files a request of any registered type from its generic form. */
export async function submitRequestAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  const def = findRequestType(String(formData.get("type") ?? ""));
  if (!def) notFound();
  const now = new Date();
  const values = rawValues(def.fields, formData);
  const incoming = await incomingFiles(formData.getAll("files"));
  const parsed = def.schema(now).safeParse(detailsFromForm(def.fields, values));
  // A browser cannot refill a file input, so say so when files were chosen.
  if (!parsed.success) return refused(parsed.error, values, incoming.length ? { message: "filesAgain" } : {});
  let reference: string;
  try {
    const files = prepareUploads(incoming);
    ({ reference } = await submitRequest(principal, { type: def.key, details: parsed.data, idempotencyKey: String(formData.get("idempotencyKey") ?? ""), files }, now));
  } catch (err) {
    return failedWith(err, values);
  }
  revalidatePath("/requests");
  redirect(`/requests/${reference}?filed=1`);
}
