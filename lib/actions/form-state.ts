import { hasControlCharacters, isBlank, withoutControlCharacters } from "@/lib/checks/text";

/**
 * What every form action answers, the one shape the form kit reads: message codes per field and for the
 * whole form (short codes, translated by the form from its catalog, then `common.feedback`), the
 * submitted values so nothing typed is lost, and what a domain call chose to show. Never database rows.
 */
export type FormState<R = unknown> = {
  ok?: boolean;
  errors?: Record<string, string[] | undefined>;
  message?: string;
  values?: Record<string, string>;
  /** The name of a refused file, for its message. */
  fileName?: string;
  /** A password-set or invitation link, shown once to the person who created it. */
  link?: string;
  /** What the domain call answered for the form to show (e.g. a bulk change's outcome). */
  result?: R;
  /** Names an unexpected failure in the log, for the person to quote. */
  requestId?: string;
  /** Changes on every answer, so the form remounts with the returned values. */
  seq?: number;
};

/** The submitted text fields; files, secrets and anything named like a password are never echoed back. */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key) || omit.includes(key)) continue;
    values[key] = value;
  }
  return values;
}

/** Every text field of the form, as the schema reads it (secrets included; never echoed back). */
export function textFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) fields[key] = value;
  return fields;
}

/**
 * Fields holding NUL or another control character, each with the "characters" code, or null. PostgreSQL
 * refuses a NUL in text (error 22021, which was a 500); nobody types the others on purpose.
 */
export function hostileFields(formData: FormData): Record<string, string[]> | null {
  const bad = [...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && hasControlCharacters(v)).map(([k]) => k);
  return bad.length ? Object.fromEntries(bad.map((k) => [k, ["characters"]])) : null;
}

/** The values to put back into a refused form, without the characters that were refused. */
export function cleanValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, withoutControlCharacters(v)]));
}

/** Text of only invisible characters (zero-width spaces…) counts as empty, so every schema's "required" catches it. */
export function blankToEmpty(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, isBlank(v) ? "" : v]));
}
