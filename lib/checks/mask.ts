/**
 * Masks a passport or ID number for display: the first 5 characters stay ("E12345678" becomes
 * "E1234****"); a value of 5 characters or fewer keeps only its first, so short numbers still hide
 * most of themselves.
 */
export function maskIdentifier(s: string): string {
  // Code points, not UTF-16 units, so a stray astral character is never cut in half.
  const chars = Array.from(s);
  const keep = chars.length > 5 ? 5 : 1;
  if (chars.length <= keep) return s;
  return chars.slice(0, keep).join("") + "*".repeat(chars.length - keep);
}
