// Mainland mobile numbers: 11 digits, 1 then 3-9. The country code may be written +86, 86 or 0086.
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const SEPARATORS = /[\s\-()]/g;

/**
 * The 11 national digits of a mainland mobile number, without country code or separators. Input
 * that is not a valid number comes back with only its separators removed, for the form to show.
 */
export function normalizeMobile(s: string): string {
  const compact = s.normalize("NFKC").replace(SEPARATORS, "");
  return MOBILE.exec(compact)?.[1] ?? compact;
}

/** True for a mainland mobile number as people write it: "138 1234 5678", "+86-13812345678", … */
export function isValidMobile(s: string): boolean {
  return MOBILE.test(s.normalize("NFKC").replace(SEPARATORS, ""));
}
