// Zod pieces the request types share. Every error message is a message key under `enterprise.errors`,
// so the form shows it in the person's language.
import { z } from "zod";
import { isCountryCode } from "@/lib/checks/countries";
import { isValidDay } from "@/lib/checks/dates";
import { hasControlCharacters, isBlank } from "@/lib/checks/text";
import { isValidLandline, normalizeLandline } from "@/lib/checks/landline";
import { isValidMobile, normalizeMobile } from "@/lib/checks/mobile";
import { isValidPlate, normalizePlate } from "@/lib/checks/plate";
import { toShanghaiIso } from "@/lib/time/shanghai";

/**
 * Runs a cross-field check as soon as the fields it reads are valid, whatever else is still missing. By
 * default zod skips an object's refinements after any issue, so a wrong passport number or a past date was
 * reported only once every required field was filled, and the person had to submit twice.
 */
export function whenValid<T extends z.ZodObject>(base: T, ...fields: (keyof z.infer<T> & string)[]) {
  const part = base.pick(Object.fromEntries(fields.map((f) => [f, true])) as never);
  return { when: (payload: { value: unknown }) => part.safeParse(payload.value).success };
}

// Blank is missing. A missing field fails its type ("required") and no other check of that field speaks
// about it; unlike an aborting `.min(1)`, it leaves the form's cross-field checks free to run (whenValid).
// Blank includes text made only of invisible characters (zero-width spaces…).
const blankToMissing = (v: unknown) => (typeof v === "string" && isBlank(v) ? undefined : v);
const requiredString = () => z.string({ error: "required" }).trim();

// Control characters (NUL…) are refused, never stored (PostgreSQL refuses a NUL in text: it was a 500).
const cleanString = () => requiredString().refine((s) => !hasControlCharacters(s), { error: "characters", abort: true });

/**
 * A required line of text, trimmed. An empty one (or one of only invisible characters) is only
 * "required": no other check speaks about it.
 */
export function text(max: number) {
  return z.preprocess(blankToMissing, cleanString().max(max, { error: "tooLong" }));
}

/** A required description: a few words at least, so the team knows what is asked before it calls back. */
export const MIN_DESCRIPTION = 5;
export function description(max: number) {
  return z.preprocess(blankToMissing, cleanString().max(max, { error: "tooLong" }).min(MIN_DESCRIPTION, { error: "tooShort" }));
}

/** A positive number (quantities); the form sends it as a number or leaves it out. */
export function positiveNumber(max: number) {
  return z
    .number({ error: (iss) => (iss.input === undefined ? "required" : "number") })
    .positive({ error: "positive" })
    .max(max, { error: "tooLarge" });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (iss) => (iss.input === undefined || iss.input === "" ? "required" : "choice") });
}

export function flag() {
  return z.boolean({ error: "required" });
}

/** A mainland mobile number, stored as its 11 digits. */
export function mobile() {
  return text(30).refine(isValidMobile, { error: "mobile" }).transform(normalizeMobile);
}

/** A mobile or a landline (area code and number): a supplier's office answers on its fixed line. Stored as 11 digits or "0579-85123456". */
export function phone() {
  return text(30)
    .refine((s) => isValidMobile(s) || isValidLandline(s), { error: "phone" })
    .transform((s) => (isValidMobile(s) ? normalizeMobile(s) : normalizeLandline(s)));
}

/** A mainland vehicle plate, stored without spaces or dots. */
export function plate() {
  return text(20).refine(isValidPlate, { error: "plate" }).transform(normalizePlate);
}

/** ISO 3166-1 alpha-3, stored in capitals. */
export function country() {
  return text(3)
    .transform((s) => s.toUpperCase())
    .refine(isCountryCode, { error: "country" });
}

/** A calendar day "YYYY-MM-DD". */
export function day() {
  return text(10).refine(isValidDay, { error: "date" });
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An instant with an explicit offset, stored in Shanghai time. */
export function dateTime() {
  return text(40)
    .refine((s) => ISO_WITH_OFFSET.test(s) && !Number.isNaN(Date.parse(s)), { error: "dateTime" })
    .transform((s) => toShanghaiIso(new Date(s)));
}
