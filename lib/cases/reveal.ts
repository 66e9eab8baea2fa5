import "server-only";
import type { Principal } from "@/lib/auth/types";
import { writeAudit } from "@/lib/audit/log";
import { db, type Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { person } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { isUnitStaff } from "./authorize";
import { loadVisibleCase } from "./perform";
import { requiredText } from "./text";

/** A reveal shows the numbers for this long; then the person must give a reason again. */
export const REVEAL_WINDOW_MS = 30 * 60 * 1000;

/**
 * Staff who may see the case but are not working it (other unit staff, a lead, a co-handling officer, the
 * admin) ask to see passport/ID numbers in full, with a reason. The reason goes to the timeline (internal)
 * and to the audit log, and the numbers show for REVEAL_WINDOW_MS.
 */
export async function revealIdentifiers(p: Principal, reference: string, reason: string, now = new Date()): Promise<void> {
  const text = requiredText(reason, "reason", 500);
  if (!isUnitStaff(p)) throw new NotFoundError("request");
  await db.$transaction(async (tx) => {
    const req = await loadVisibleCase(tx, p, reference);
    await recordEvent(tx, req.id, person(p), now, { kind: "REVEAL", text, visibility: "INTERNAL" });
    await writeAudit(tx, { actorId: p.id, action: "case.reveal", entity: "Request", entityId: req.id, after: { reference, reason: text } });
  });
}

/**
 * Whether this person sees passport and ID numbers unmasked: the request's own enterprise and the officer
 * working it always (DOMAIN.md); anyone else who may see the case, the admin included, only for a while
 * after a recorded reveal, which leaves a trace on the timeline and in the audit log.
 */
export async function seesIdentifiers(
  p: Principal,
  request: { id: string; enterpriseId: string; assigneeId: string | null },
  now = new Date(),
  client: Db = db,
): Promise<boolean> {
  const unasked = seesUnasked(p, request);
  if (unasked !== null) return unasked;
  return (await client.event.count({ where: { requestId: request.id, ...recentRevealBy(p, now) } })) > 0;
}

/** Whether this person sees the numbers without a reveal (true or false), or null when it depends on one. */
export function seesUnasked(p: Principal, request: { enterpriseId: string; assigneeId: string | null }): boolean | null {
  if (p.role === "ENTERPRISE") return p.enterpriseId === request.enterpriseId;
  if (request.assigneeId === p.id) return true;
  return null;
}

/** A case's events that are this person's reveal within the window (counted with the case itself by lib/cases/detail.ts). */
export function recentRevealBy(p: Principal, now: Date) {
  return { actorId: p.id, kind: "REVEAL", createdAt: { gte: new Date(now.getTime() - REVEAL_WINDOW_MS) } };
}
