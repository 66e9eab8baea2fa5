export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

/** "2026-11-28T09:30:00+08:00": how the request forms write arrival times. */
export function shanghaiIso(d: Date): string {
  return new Date(d.getTime() + SHANGHAI).toISOString().slice(0, 19) + "+08:00";
}

/** The Shanghai calendar day of an instant, "YYYY-MM-DD". */
export function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + SHANGHAI).toISOString().slice(0, 10);
}

export function shanghaiYear(d: Date): number {
  return new Date(d.getTime() + SHANGHAI).getUTCFullYear();
}

export function shanghaiHour(d: Date): number {
  return new Date(d.getTime() + SHANGHAI).getUTCHours();
}

/** Shanghai midnight of the day `d` falls on. */
export function shanghaiMidnight(d: Date): Date {
  return new Date(Math.floor((d.getTime() + SHANGHAI) / DAY) * DAY - SHANGHAI);
}

export function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}
