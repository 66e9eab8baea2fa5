// GB 32100-2015: the 31 characters a unified social credit code may use. I, O, Z, S and V are left
// out because they are easily mistaken for 1, 0, 2, 5 and U when read aloud or handwritten.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Trim and uppercase what a person typed; store this form. */
export function normalizeUscc(s: string): string {
  return s.normalize("NFKC").trim().toUpperCase();
}

/** The check character for the first 17 characters of a USCC; throws on a malformed prefix. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError("a USCC prefix has 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`character not allowed in a USCC: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** True for an 18-character USCC whose last character matches GB 32100-2015; input is normalized first. */
export function isValidUscc(code: string): boolean {
  const c = normalizeUscc(code);
  return SHAPE.test(c) && usccCheckChar(c.slice(0, 17)) === c[17];
}
