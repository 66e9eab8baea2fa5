// GA 36: a plate is a province abbreviation, the issuing office letter, then the serial.
const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
// I and O never appear on plates: they read as 1 and 0.
const LETTER = "[A-HJ-NP-Z]";
const ALNUM = "[A-HJ-NP-Z0-9]";
const SERIAL = [
  // Ordinary plates: five letters or digits.
  `${ALNUM}{5}`,
  // Small new-energy plates start with D (electric) or F (other); where those run out the
  // Ministry of Public Security extended the series to A B C E and G H J K, so accept those too.
  `[A-HJK]${ALNUM}\\d{4}`,
  // Large new-energy plates end with D or F.
  `\\d{5}[DF]`,
  // Trailer, driving-school, police, and Hong Kong / Macao cross-border plates.
  `${ALNUM}{4}[挂学警港澳]`,
].join("|");
const PLATE = new RegExp(`^[${PROVINCES}]${LETTER}(?:${SERIAL})$`);

/** Trim, uppercase and drop spaces and the middle dot printed on plates ("浙G·12345" → "浙G12345"). */
export function normalizePlate(s: string): string {
  // NFKC turns full-width letters and digits from a Chinese input method into ASCII.
  return s
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s·•・.-]/g, "");
}

/** True for a mainland vehicle plate, ordinary or new-energy; input is normalized first. */
export function isValidPlate(s: string): boolean {
  return PLATE.test(normalizePlate(s));
}
