import "server-only";
import { db, type Db } from "@/lib/db";
import { markEndsAt, markLive, type SessionMark } from "./session-mark";

/**
 * Remembers that this sign-in ended, until it would have ended anyway; forgets sign-outs that no longer
 * matter on the way, so the table holds at most a day of them.
 */
export async function revokeSession(mark: SessionMark, now: Date = new Date(), client: Db = db): Promise<void> {
  await client.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const expiresAt = markEndsAt(mark);
  await client.revokedSession.upsert({ where: { sid: mark.sid }, create: { sid: mark.sid, expiresAt }, update: {} });
}

/** Whether a session may still be used: it has a mark, is within its lifetime and was not signed out. */
export async function sessionHolds(mark: SessionMark | null, now: Date = new Date(), client: Db = db): Promise<boolean> {
  if (!mark || !markLive(mark, now)) return false;
  return (await client.revokedSession.findUnique({ where: { sid: mark.sid }, select: { sid: true } })) === null;
}
