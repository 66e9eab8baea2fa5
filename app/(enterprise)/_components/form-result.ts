import { notFound } from "next/navigation";
import { z } from "zod";
import { failed } from "@/lib/forms/form-state";
import { ForbiddenError } from "@/lib/errors";
import { UploadRefusedError } from "@/lib/files/uploads";
import type { EnterpriseFormState } from "./use-enterprise-form";

/** A refused form: the schema's message keys by field, the values to put back. */
export function refused(error: z.ZodError, values: Record<string, string>, extra: Partial<EnterpriseFormState> = {}): EnterpriseFormState {
  return { errors: z.flattenError(error).fieldErrors as Record<string, string[]>, message: "invalid", values, seq: Date.now(), ...extra };
}

/**
 * An expected domain failure as form state. A refused upload names its file; a forbidden step the
 * person could see (a rejected company filing, an expired reopen window) becomes a message, while
 * an unknown or foreign record is the 404 page.
 */
export function failedWith(err: unknown, values: Record<string, string>): EnterpriseFormState {
  if (err instanceof UploadRefusedError) return { ...failed(err, values), fileName: err.fileName ?? undefined };
  if (err instanceof ForbiddenError) {
    if (err.message === "forbidden" || err.message === "enterprise_only") notFound();
    return { message: err.message, values, seq: Date.now() };
  }
  return failed(err, values);
}
