import "server-only";
import type { Priority } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isOpen } from "@/lib/workflow/state-machine";
import { ownsRequest } from "@/lib/requests/access";
import { person } from "@/lib/workflow/actor";
import { commitCaseChange } from "@/lib/workflow/record";
import { mayAssignOthers } from "./authorize";
import { loadVisibleCase, performCaseAction } from "./perform";

export type BulkOutcome = { done: string[]; skipped: { reference: string; reason: string }[] };
export const BULK_MAX = 100;

/** Why one case of a batch was left alone, as a message key suffix (queue.bulk.skipped.*). */
function reasonOf(err: unknown): string {
  if (err instanceof ConflictError) return err.code;
  if (err instanceof NotFoundError) return "not_found";
  if (err instanceof ForbiddenError) return "forbidden";
  if (err instanceof ValidationError) return "invalid";
  throw err;
}

async function eachCase(p: Principal, references: string[], work: (reference: string) => Promise<void>): Promise<BulkOutcome> {
  if (!mayAssignOthers(p)) throw new ForbiddenError("lead_only");
  const unique = [...new Set(references)];
  if (unique.length === 0 || unique.length > BULK_MAX) throw new ValidationError({ references: ["bulkSize"] });
  const outcome: BulkOutcome = { done: [], skipped: [] };
  // One transaction per case: a case someone else just changed is skipped, not the whole batch.
  for (const reference of unique) {
    try {
      await work(reference);
      outcome.done.push(reference);
    } catch (err) {
      outcome.skipped.push({ reference, reason: reasonOf(err) });
    }
  }
  return outcome;
}

/** A lead hands the selected cases of the unit to one officer, each at its current version. */
export function bulkAssign(p: Principal, references: string[], assigneeId: string, now = new Date()): Promise<BulkOutcome> {
  return eachCase(p, references, async (reference) => {
    const { version } = await loadVisibleCase(db, p, reference);
    await performCaseAction(p, reference, version, { action: "assign", assigneeId }, now);
  });
}

/** A lead (or admin) re-prioritises open cases of their unit; each change is on the timeline. */
export function bulkSetPriority(p: Principal, references: string[], priority: Priority, now = new Date()): Promise<BulkOutcome> {
  return eachCase(p, references, (reference) => setPriority(p, reference, null, priority, now));
}

/** Changes the priority; with an expected version it also refuses a stale page, like a status change. */
export async function setPriority(p: Principal, reference: string, expectedVersion: number | null, priority: Priority, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const req = await loadVisibleCase(tx, p, reference);
    if (!mayAssignOthers(p) || !ownsRequest(p, req)) throw new ForbiddenError("owning_lead_only");
    if (!isOpen(req.status)) throw new ConflictError("not_open");
    if (req.priority === priority) return;
    await commitCaseChange(tx, {
      requestId: req.id,
      expectedVersion: expectedVersion ?? req.version,
      data: { priority },
      by: person(p),
      at: now,
      events: [{ kind: "PRIORITY", visibility: "INTERNAL", data: { from: req.priority, to: priority } }],
    });
  });
}
