// Medians and 90th percentiles from histograms (StatsHistogram): each bin holds how many values fell in it
// and the smallest and largest, and its values are taken as spread evenly between those two. percentile_cont's
// rule (interpolate between the two ranks around p × (n − 1)) is applied to them: each value read lies in the
// same bin as the exact one, so the result is off by at most a bin's width — a minute below an hour, 1/32 of
// the value above (within 3.2%) — and it is exact whenever a bin holds at most two distinct values.

export type Bin = { bin: number; n: number; lo: number; hi: number };

/** The bin of an hours figure, as SQL's rd_stats_bin (migration stats_daily_rollups) computes it. */
export function binOf(hours: number): number {
  if (hours < 0) return -1;
  if (hours < 1) return Math.floor(hours * 60);
  const e = Math.floor(Math.log2(hours));
  return 60 + 32 * e + Math.floor((hours / 2 ** e - 1) * 32);
}

/** The p-quantile (0…1) of the values the bins hold, interpolated like percentile_cont; null when empty. */
export function percentileFromBins(bins: Bin[], p: number): number | null {
  const sorted = [...bins].filter((b) => b.n > 0).sort((a, b) => a.bin - b.bin);
  const total = sorted.reduce((n, b) => n + b.n, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const lo = Math.floor(rank);
  const at = (k: number): number => {
    let seen = 0;
    for (const b of sorted) {
      if (k < seen + b.n) return b.n === 1 ? b.lo : b.lo + ((k - seen) * (b.hi - b.lo)) / (b.n - 1);
      seen += b.n;
    }
    return sorted[sorted.length - 1].hi;
  };
  const a = at(lo);
  return lo === rank ? a : a + (rank - lo) * (at(lo + 1) - a);
}

/** The largest error a percentile read from the bins may have around `hours`: a minute, or 1/32 of the value. */
export function binError(hours: number): number {
  return hours < 1 ? 1 / 60 : 2 ** Math.floor(Math.log2(hours)) / 32;
}
