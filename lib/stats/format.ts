// How figures are written, the same on the page and in the CSV, so the two always read alike.

/** 0.6 → "60.0%"; no denominator → null (shown as a dash, an empty CSV cell). */
export function percent(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}

/** A rate as a number of percent with one decimal (0.809 → 80.9), for tables and CSV: a spreadsheet sums it, unlike "80.9%". */
export function percentNumber(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** Hours with one decimal: 117.5 → "117.5". */
export function hoursText(h: number | null): string | null {
  return h === null ? null : h.toFixed(1);
}

/** A mean score with two decimals: 3.75 → "3.75". */
export function scoreText(avg: number | null): string | null {
  return avg === null ? null : avg.toFixed(2);
}
