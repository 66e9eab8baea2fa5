// All calendar reasoning happens in Asia/Shanghai, which has kept UTC+8 without daylight saving since
// 1991, so a fixed offset is exact and spares a time-zone library (and any dependence on the ICU data of
// whatever runtime serves the page). Every day boundary, wall time and "+08:00" comes from here.

export const SHANGHAI_TZ = "Asia/Shanghai";
export const SHANGHAI_OFFSET = "+08:00";
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The Shanghai calendar day ("YYYY-MM-DD") an instant falls on. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai calendar day ("YYYY-MM-DD") begins. */
export function shanghaiDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/** An instant as Shanghai wall time, "2026-10-06 10:00". */
export function shanghaiDateTime(d: Date): string {
  return new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** "2026-11-28T09:30:00+08:00": the instant written in Shanghai time, as the seed and the forms store it. */
export function toShanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19) + SHANGHAI_OFFSET;
}

/** Milliseconds since the Shanghai midnight of the instant's day. */
export function shanghaiTimeOfDayMs(instant: Date): number {
  const local = instant.getTime() + SHANGHAI_OFFSET_MS;
  return ((local % DAY_MS) + DAY_MS) % DAY_MS;
}

/** An instant as a `datetime-local` input shows it in Shanghai: "2026-11-29T10:00". */
export function toLocalInputValue(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as Shanghai time ("2026-11-29T10:00" → that instant); null when it is not one. */
export function fromLocalInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value)) return null;
  const d = new Date(`${value.length === 16 ? `${value}:00` : value}${SHANGHAI_OFFSET}`);
  return Number.isNaN(d.getTime()) ? null : d;
}
