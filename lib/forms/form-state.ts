import { notFound } from "next/navigation";
import { z } from "zod";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";

/**
 * What a form's action returns: message keys per field (translated by the form), a message key for the
 * whole form, and the submitted values so nothing typed is lost. Never database rows.
 */
export type FormState = {
  ok?: boolean;
  errors?: Record<string, string[] | undefined>;
  message?: string;
  values?: Record<string, string>;
  /** A password-set link, shown once to the admin who created it. */
  link?: string;
  /** Changes on every answer, so the form remounts with the returned values. */
  seq?: number;
};

/** The submitted text fields; files and anything named like a password are never echoed back. */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key) || omit.includes(key)) continue;
    values[key] = value;
  }
  return values;
}

export function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  return { errors: z.flattenError(error).fieldErrors as Record<string, string[]>, message: "invalid", values, seq: Date.now() };
}

// Conflicts that belong to one field rather than to the whole form.
const CONFLICT_FIELDS: Record<string, string> = { emailTaken: "email" };

/** Turns an expected domain failure into form state; a record out of reach becomes the 404 page. */
export function failed(err: unknown, values: Record<string, string>): FormState {
  const seq = Date.now();
  if (err instanceof ValidationError) {
    const hasFields = Object.keys(err.fieldErrors).length > 0;
    return { errors: err.fieldErrors, message: hasFields ? "invalid" : err.message, values, seq };
  }
  if (err instanceof ConflictError) {
    const field = CONFLICT_FIELDS[err.code];
    return field ? { errors: { [field]: [err.code] }, message: "invalid", values, seq } : { message: err.code, values, seq };
  }
  if (err instanceof NotFoundError) notFound();
  throw err;
}

/**
 * The body every form action shares once the role is checked: parse the submitted text fields, run the
 * domain change, and answer with what the form shows (values kept on refusal, never rows).
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (data: z.infer<S>) => Promise<Omit<FormState, "seq"> | void>,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    return { ok: true, ...(await run(parsed.data)), seq: Date.now() };
  } catch (err) {
    return failed(err, values);
  }
}
