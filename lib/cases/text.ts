import { hasControlCharacters, isBlank } from "@/lib/checks/text";
import { ValidationError } from "@/lib/errors";

export const TEXT_MAX = 2000;

/** Trimmed text a person must write (a reason, a question, a note); message codes live in queue.feedback and common.feedback. */
export function requiredText(value: unknown, field: string, max = TEXT_MAX): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (isBlank(text)) throw new ValidationError({ [field]: ["required"] });
  if (hasControlCharacters(text)) throw new ValidationError({ [field]: ["characters"] });
  if (text.length > max) throw new ValidationError({ [field]: ["tooLong"] });
  return text;
}

export function optionalText(value: unknown, field: string, max = TEXT_MAX): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  if (isBlank(text)) return null;
  if (hasControlCharacters(text)) throw new ValidationError({ [field]: ["characters"] });
  if (text.length > max) throw new ValidationError({ [field]: ["tooLong"] });
  return text;
}
