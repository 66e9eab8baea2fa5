import type { FieldSpec } from "./type-def";
import { SHANGHAI_OFFSET } from "@/lib/time/shanghai";

/** What the person typed, by field name, to put back into the form after an error. */
export type RawValues = Record<string, string>;

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

export function rawValues(fields: readonly FieldSpec[], form: FormData): RawValues {
  const raw: RawValues = {};
  for (const f of fields) {
    const v = form.get(f.name);
    if (typeof v === "string") raw[f.name] = v;
  }
  return raw;
}

/**
 * The typed `details` a type's schema expects, from form strings: numbers become numbers, a checkbox a
 * boolean, and a `datetime-local` wall time is read as Shanghai time (the form says so), whatever the
 * browser's zone. Empty optional text is left out; malformed input passes through for the schema to refuse.
 */
export function detailsFromForm(fields: readonly FieldSpec[], raw: RawValues): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const f of fields) {
    const v = raw[f.name];
    switch (f.kind) {
      case "checkbox":
        details[f.name] = v === "on" || v === "true";
        break;
      case "number":
        if (v !== undefined && v.trim() !== "") details[f.name] = decimalNumber(v.trim().replace(/,/g, ""));
        break;
      case "datetime":
        if (v !== undefined) details[f.name] = LOCAL_DATETIME.test(v) ? `${v.length === 16 ? `${v}:00` : v}${SHANGHAI_OFFSET}` : v;
        break;
      default:
        if (v !== undefined && !(f.optional && v.trim() === "")) details[f.name] = v;
    }
  }
  return details;
}

// Number() also reads hex ("0x10"), binary, octal, exponents and "Infinity": a person writes decimals.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
function decimalNumber(s: string): number {
  return DECIMAL.test(s) ? Number(s) : Number.NaN;
}
