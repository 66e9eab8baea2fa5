const DAY_MS = 24 * 60 * 60 * 1000;

export type AgeBucket = "lt1d" | "d1to3" | "d3to7" | "gt7d";

/**
 * Backlog age band, in clock time: [0, 1 d), [1 d, 3 d), [3 d, 7 d], then strictly more than 7 d
 * (the spec's "> 7 d"). A creation time in the future (clock skew) counts as new.
 */
export function ageBucket(createdAt: Date, now: Date): AgeBucket {
  const age = now.getTime() - createdAt.getTime();
  if (age < DAY_MS) return "lt1d";
  if (age < 3 * DAY_MS) return "d1to3";
  if (age <= 7 * DAY_MS) return "d3to7";
  return "gt7d";
}

/**
 * Continuous percentile of ascending values, interpolating linearly between neighbours exactly like
 * PostgreSQL's percentile_cont(p), so figures computed here match those computed in SQL.
 * p is a fraction in [0, 1]; an empty list has no percentile.
 */
export function percentile(sortedValues: number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}`);
  const n = sortedValues.length;
  if (n === 0) return null;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sortedValues[lo]!;
  const high = sortedValues[hi]!;
  return low + (high - low) * (rank - lo);
}
