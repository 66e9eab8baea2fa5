// Axis arithmetic for the server-rendered charts; plain numbers in, plain numbers out.

/** The smallest "nice" axis maximum (1, 2, 2.5 or 5 × 10ⁿ, in whole steps) at or above max, with its ticks. */
export function niceAxis(max: number, targetTicks = 4): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    1,
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!,
  );
  // Counts are whole numbers: a step of 2.5 only when it stays whole.
  const whole = Number.isInteger(step) ? step : Math.ceil(step);
  const top = Math.ceil(max / whole) * whole;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += whole) ticks.push(v);
  return { max: top, ticks };
}

/** Which category labels to print so that at most `room` of them share the axis (always the first). */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)));
}

/** "2026-09-21" → "9/21": short enough for an axis, read the same in Chinese and English. */
export function shortDay(day: string): string {
  const [, m, d] = day.split("-");
  return `${Number(m)}/${Number(d)}`;
}
