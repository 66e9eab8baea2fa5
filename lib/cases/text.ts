import { ValidationError } from "@/lib/errors";

export const TEXT_MAX = 2000;

/** Trimmed text a person must write (a reason, a question, a note); message codes live in queue.feedback and common.feedback. */
export function requiredText(value: unknown, field: string, max = TEXT_MAX): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) throw new ValidationError({ [field]: ["required"] });
  if (text.length > max) throw new ValidationError({ [field]: ["tooLong"] });
  return text;
}

export function optionalText(value: unknown, field: string, max = TEXT_MAX): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return null;
  if (text.length > max) throw new ValidationError({ [field]: ["tooLong"] });
  return text;
}
