// Mainland fixed-line numbers: area code (010, 02x, or 0 and three digits) then 7–8 digits that do not
// start with 0 or 1. The country code may be written +86, 86 or 0086, which drops the area code's 0.
const LANDLINE = /^(?:(?:\+86|0086|86)0?|0)(10|2\d|[3-9]\d{2})([2-9]\d{6,7})$/;
const SEPARATORS = /[\s\-()（）]/g;

const compact = (s: string) => s.normalize("NFKC").replace(SEPARATORS, "");

/** True for a landline as people write it: "0579-85123456", "(0579) 8512 3456", "+86 579 85123456". */
export function isValidLandline(s: string): boolean {
  return LANDLINE.test(compact(s));
}

/** "0579-85123456": area code with its 0, a hyphen, the number; anything else comes back compacted. */
export function normalizeLandline(s: string): string {
  const m = LANDLINE.exec(compact(s));
  return m ? `0${m[1]}-${m[2]}` : compact(s);
}

/** The `tel:` address of a stored phone number (mobile or landline): digits and a leading +, nothing else. */
export function telHref(phone: string): string {
  const c = compact(phone);
  return `tel:${c.startsWith("+") ? "+" : ""}${c.replace(/\D/g, "")}`;
}
