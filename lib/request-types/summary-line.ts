type Part = string | number | null | undefined | false;

const present = (parts: Part[]) =>
  parts.filter((p): p is string | number => p !== null && p !== undefined && p !== false && String(p).trim() !== "").map(String);

/**
 * A type's one-line summary from its parts, leaving out the missing ones: details written by an older
 * version of a type may lack a field, and a row still reads "钢材 · 20 吨" rather than "钢材 · undefined".
 */
export function summaryLine(...parts: Part[]): string {
  return present(parts).join(" · ");
}

/** Parts that belong together ("20 吨"), joined by a space. */
summaryLine.words = (...parts: Part[]): string => present(parts).join(" ");
