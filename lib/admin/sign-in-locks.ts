import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/log";
import { assertAdmin } from "./guard";

export type SignInLock = { key: string; kind: "account" | "address"; subject: string; failures: number; lockedUntil: Date; lastFailureAt: Date };

/** Accounts and addresses held back from signing in right now, the longest first. */
export async function listSignInLocks(p: Principal, now = new Date()): Promise<SignInLock[]> {
  assertAdmin(p);
  const rows = await db.signInThrottle.findMany({ where: { lockedUntil: { gt: now } }, orderBy: [{ lockedUntil: "desc" }, { key: "asc" }], take: 200 });
  return rows.map((r) => {
    const [kind, ...rest] = r.key.split(":");
    return {
      key: r.key,
      kind: kind === "address" ? "address" : "account",
      subject: rest.join(":"),
      failures: r.failures,
      lockedUntil: r.lockedUntil!,
      lastFailureAt: r.lastFailureAt,
    };
  });
}

/** Lifts a lock at once (the person called and proved who they are); the count starts over. Audited. */
export async function liftSignInLock(p: Principal, key: string): Promise<void> {
  assertAdmin(p);
  await db.$transaction(async (tx) => {
    const row = await tx.signInThrottle.findUnique({ where: { key } });
    if (!row) throw new NotFoundError("lock");
    await tx.signInThrottle.delete({ where: { key } });
    await writeAudit(tx, {
      actorId: p.id,
      action: "signIn.unlock",
      entity: "SignInThrottle",
      entityId: key,
      before: { failures: row.failures, lockedUntil: row.lockedUntil },
    });
  });
}
