// Served stats (lib/stats/report.ts) are kept for a minute; a change made through a form in this process
// starts a new generation, so the person who just acted (and everyone after) sees fresh figures.
let generation = 0;

export function statsGeneration(): number {
  return generation;
}

export function markStatsStale(): void {
  generation += 1;
}
