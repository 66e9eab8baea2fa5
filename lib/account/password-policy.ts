import { dictionary } from "@zxcvbn-ts/language-common";
import { CHINESE_BASE_WORDS, CHINESE_LEAK_PASSWORDS } from "./chinese-passwords";

// NIST SP 800-63B §3.1.1.2: at least a minimum length, long passphrases allowed, no composition rules,
// and a check against passwords known from breaches or tied to the context (service, email, name).
export const MIN_PASSWORD_LENGTH = 10;
// Generous for passphrases, but bounded so a megabyte "password" cannot tie up the hashing.
export const MAX_PASSWORD_LENGTH = 128;

// The service's own words, in every spelling a person might use (pinyin, English, the product name).
const CONTEXT_WORDS = ["yiwu", "fugong", "zhuqi", "fuwutai", "resumption", "resumptiondesk", "demo-pass", "demopass", "复工", "助企", "义乌"];

// 49k passwords from public breach corpora (zxcvbn-ts' list, MIT) and the top of the Chinese leaks.
const BREACHED: ReadonlySet<string> = new Set([...dictionary["passwords-common"], ...CHINESE_LEAK_PASSWORDS].map((p) => p.toLowerCase()));
// What a guessable password is built from, before its digits and symbols.
const BASE_WORDS: ReadonlySet<string> = new Set([...BREACHED, ...CHINESE_BASE_WORDS]);

const LEET: Record<string, string> = { "@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", $: "s", "5": "s", "7": "t", "+": "t", "9": "g" };

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "contextual";

function isTrivial(pw: string): boolean {
  const chars = [...pw];
  if (new Set(chars).size <= 2) return true;
  // A run up or down the character table: "abcdefghij", "9876543210".
  const steps = chars.slice(1).map((c, i) => c.codePointAt(0)! - chars[i].codePointAt(0)!);
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

/** The word under the decoration: "Password@2024" → "password", "woaini1314520" → "woaini". */
function baseWord(pw: string): string {
  return pw.replace(/^[^\p{L}]{1,4}/u, "").replace(/[^\p{L}]{1,8}$/u, "");
}

const unleet = (s: string) => s.replace(/[@40!13$57+9]/g, (c) => LEET[c]);

/** True when the password is a known breached one, or one of their base words with digits and symbols around it. */
export function isBreachedPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  const base = baseWord(lower);
  if (BREACHED.has(lower) || BREACHED.has(unleet(lower))) return true;
  return base !== lower && (BASE_WORDS.has(base) || BASE_WORDS.has(unleet(base)));
}

/** True when what is left after taking out a context word is only digits and symbols, or short. */
function isContextual(lower: string, words: (string | undefined)[]): boolean {
  return words.some((w) => {
    if (!w || [...w].length < 3 || !lower.includes(w)) return false;
    const rest = lower.split(w).join("");
    return !/\p{L}/u.test(rest) || [...rest].length < 6;
  });
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
  if (isTrivial(lower) || isBreachedPassword(lower)) return "common";
  const email = context.email?.toLowerCase();
  const local = email?.split("@")[0];
  const words = [
    ...CONTEXT_WORDS,
    email,
    local,
    ...(local?.split(/[._+-]/) ?? []),
    context.name?.toLowerCase(),
    context.name?.toLowerCase().replace(/\s+/g, ""),
  ];
  if (isContextual(lower, words)) return "contextual";
  return null;
}
