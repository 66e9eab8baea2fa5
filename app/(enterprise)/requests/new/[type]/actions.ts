"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { fieldErrors } from "@/lib/errors";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { detailsFromForm, rawValues } from "@/lib/request-types/form-values";
import { findRequestType } from "@/lib/request-types/registry";
import { submitRequest } from "@/lib/intake/submit";

const envelope = z.object({ type: z.string().min(1).max(60), idempotencyKey: z.string().max(100).optional().default("") });

/**
 * Files a request of any registered type from its generic form. The type's own schema checks its
 * fields (it depends on the type, so it runs inside); files are checked before anything is written.
 */
export const submitRequestAction = formAction({
  name: "requests.submit",
  roles: ["ENTERPRISE"],
  schema: envelope,
  files: true,
  revalidate: () => ["/requests"],
  run: async ({ principal, input, files, formData }) => {
    const def = findRequestType(input.type);
    if (!def) throw new NotFoundError("request type");
    const now = new Date();
    const parsed = def.schema(now).safeParse(detailsFromForm(def.fields, rawValues(def.fields, formData)));
    // A browser cannot refill a file input, so say so when files were chosen.
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error), files.length ? "filesAgain" : "invalid");
    const { reference } = await submitRequest(principal, { type: def.key, details: parsed.data, idempotencyKey: input.idempotencyKey, files }, now);
    return { redirect: `/requests/${reference}?filed=1` };
  },
});
