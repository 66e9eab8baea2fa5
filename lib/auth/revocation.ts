import "server-only";
import { db, type Db } from "@/lib/db";
import { markEndsAt, type SessionMark } from "./session-mark";

/**
 * Remembers that this sign-in ended, until it would have ended anyway; forgets sign-outs that no longer
 * matter on the way, so the table holds at most a day of them.
 */
export async function revokeSession(mark: SessionMark, now: Date = new Date(), client: Db = db): Promise<void> {
  await client.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const expiresAt = markEndsAt(mark);
  await client.revokedSession.upsert({ where: { sid: mark.sid }, create: { sid: mark.sid, expiresAt }, update: {} });
}
