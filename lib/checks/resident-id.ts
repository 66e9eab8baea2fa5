import { isValidDay, todayInShanghai } from "./dates";

// GB 11643-1999 applies ISO 7064 MOD 11-2: weight 2^(17-i) mod 11 for position i.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_DIGITS = "10X98765432";
const SHAPE = /^\d{17}[\dX]$/;

/** Trim and uppercase (a typed lowercase "x" is the same check digit); store this form. */
export function normalizeResidentId(s: string): string {
  return s.normalize("NFKC").trim().toUpperCase();
}

/** The 18th character ("0"-"9" or "X") for the first 17 digits; throws on a malformed prefix. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("a resident ID prefix is 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_DIGITS[sum % 11];
}

/**
 * True for an 18-character mainland resident ID number with a correct check digit and a birth
 * date (characters 7-14) that is a real day from 1900-01-01 up to today in Shanghai.
 */
export function isValidResidentId(id: string, today: Date = new Date()): boolean {
  const s = normalizeResidentId(id);
  if (!SHAPE.test(s) || residentIdCheckDigit(s.slice(0, 17)) !== s[17]) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  return isValidDay(birth) && birth >= "1900-01-01" && birth <= todayInShanghai(today);
}
