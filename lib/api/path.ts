/** "YW-2026-000123.json" → "YW-2026-000123": Open311 addresses end in the format. */
export function withoutFormat(segment: string): string {
  return decodeURIComponent(segment).replace(/\.json$/, "");
}
