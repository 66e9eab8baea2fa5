import { COMMON_PASSWORDS } from "./common-passwords";

// NIST SP 800-63B §3.1.1.2: at least a minimum length, long passphrases allowed, no composition rules,
// and a check against passwords known to be common or tied to the context (service, email).
export const MIN_PASSWORD_LENGTH = 10;
// Generous for passphrases, but bounded so a megabyte "password" cannot tie up the hashing.
export const MAX_PASSWORD_LENGTH = 128;

const CONTEXT_WORDS = ["yiwu", "fugong", "resumption", "demo-pass"];

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "contextual";

function isTrivial(pw: string): boolean {
  const chars = [...pw];
  if (new Set(chars).size <= 2) return true;
  // A run up or down the character table: "abcdefghij", "9876543210".
  const steps = chars.slice(1).map((c, i) => c.codePointAt(0)! - chars[i].codePointAt(0)!);
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

/**
 * Why a new password is refused, or null when it is acceptable. The email and name of the account
 * count as context: a password built from them is the first thing an attacker tries.
 */
export function checkNewPassword(password: string, context: { email?: string; name?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.normalize("NFKC").toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || isTrivial(lower)) return "common";
  const local = context.email?.split("@")[0]?.toLowerCase();
  const words = [...CONTEXT_WORDS, local, context.email?.toLowerCase(), context.name?.toLowerCase()];
  if (words.some((w) => w && w.length >= 4 && lower.includes(w) && lower.length - w.length < 6)) return "contextual";
  return null;
}
