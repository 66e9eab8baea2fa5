/** How long a session lasts from sign-in, whatever happens in between (an officer's working day and then some). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** What identifies one sign-in inside its token: its own id and when it began (seconds since the epoch). */
export type SessionMark = { sid: string; since: number };

/** A fresh mark for a sign-in happening at `now`. */
export function newMark(now: Date = new Date()): SessionMark {
  return { sid: crypto.randomUUID(), since: Math.floor(now.getTime() / 1000) };
}

/** The mark a token or session carries, or null when it has none (a token from before marks existed). */
export function readMark(token: { sid?: unknown; since?: unknown } | null | undefined): SessionMark | null {
  if (!token || typeof token.sid !== "string" || !token.sid || typeof token.since !== "number" || !Number.isFinite(token.since)) return null;
  return { sid: token.sid, since: token.since };
}

/**
 * When the session ends at the latest. The token's own expiry may roll forward (each /api/auth/session call), so this is
 * what bounds it — and how long a sign-out has to be remembered.
 */
export function markEndsAt(mark: SessionMark): Date {
  return new Date((mark.since + SESSION_MAX_AGE_S) * 1000);
}

/** Still within its lifetime at `now` (a sign-in stamped in the future is not trusted either). */
export function markLive(mark: SessionMark, now: Date): boolean {
  const t = now.getTime();
  return mark.since * 1000 <= t + 60_000 && t < markEndsAt(mark).getTime();
}
