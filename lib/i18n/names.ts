/** A unit's or township's name in the page's language. */
export function localName(row: { nameZh: string; nameEn: string } | null | undefined, locale: string): string {
  if (!row) return "";
  return locale === "en" ? row.nameEn : row.nameZh;
}

/** A search parameter as one string (Next gives arrays for repeated keys). */
export function param(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() ? s.trim() : undefined;
}
