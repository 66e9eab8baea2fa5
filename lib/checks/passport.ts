// Chinese passport numbers in use: ordinary e-passports E + 8 digits, then E + letter + 7 digits once
// those ran out; older ordinary G + 8 digits; diplomatic D, service S, public-affairs P + 8 digits,
// and their e-passport series DE, SE, PE + 7 digits.
const CHINESE = /^(?:E\d{8}|E[A-Z]\d{7}|[GDSP]\d{8}|[DSP]E\d{7})$/;
// ICAO 9303 allows up to 9 characters in the document number field; states use 6 to 9.
const GENERIC = /^(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}$/;

/** Trim, uppercase and drop inner spaces and dashes; store this form. */
export function normalizePassport(s: string): string {
  return s.normalize("NFKC").toUpperCase().replace(/[\s-]/g, "");
}

/**
 * True for a plausible passport number: the Chinese series when nationality is "CHN", otherwise
 * the generic ICAO shape (6-9 letters and digits, at least one digit). Input is normalized first.
 */
export function isValidPassportNumber(s: string, nationality?: string): boolean {
  const n = normalizePassport(s);
  const isChinese = nationality?.trim().toUpperCase() === "CHN";
  return (isChinese ? CHINESE : GENERIC).test(n);
}
