// How /track slows down guessing: a few wrong tries are free, then each one doubles the wait.

/** Wrong tries within the window that cost nothing. */
export const FREE_TRIES = 3;
/** Only wrong tries this recent count. */
export const TRY_WINDOW_MS = 15 * 60 * 1000;
const FIRST_WAIT_MS = 30 * 1000;

/** How long after the latest wrong try the next one is accepted: 0, then 30 s, 1 min, 2 min … at most the window. */
export function waitAfter(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (wrongTries - FREE_TRIES), TRY_WINDOW_MS);
}
