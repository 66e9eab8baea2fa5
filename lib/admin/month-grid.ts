// The month grids of the calendar page, weeks starting on Monday as Chinese calendars print them.

export type GridDay = { day: string; weekday: number } | null;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Weeks (Monday…Sunday) of one month; days outside the month are null. `month` is 1–12. */
export function monthGrid(year: number, month: number): GridDay[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const lead = (firstWeekday + 6) % 7;
  const cells: GridDay[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) {
    cells.push({ day: `${year}-${pad(month)}-${pad(d)}`, weekday: new Date(Date.UTC(year, month - 1, d)).getUTCDay() });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
