import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { ownsRequest } from "@/lib/requests/access";
import { person } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { mayAssignOthers } from "./authorize";
import { loadVisibleCase, performInTransaction } from "./perform";
import { optionalText, requiredText } from "./text";

export const WITHDRAWAL_OUTCOMES = ["VOLUNTARY", "PUSHED_BY_STAFF", "OTHER"] as const;
export type WithdrawalOutcome = (typeof WITHDRAWAL_OUTCOMES)[number];

/**
 * A lead closes the review of a withdrawal (撤单质检) with its outcome: the enterprise withdrew of its own
 * accord (usually confirmed by a call), staff pushed it (the case goes back to work, through the state
 * machine), or something else, said in the note. Only the owning unit's lead or an admin; once per
 * withdrawal (a second review of the same one is ConflictError("already_reviewed")).
 */
export async function reviewWithdrawal(
  p: Principal,
  reference: string,
  expectedVersion: number,
  input: { outcome: WithdrawalOutcome; note?: string | null },
  now = new Date(),
): Promise<void> {
  if (!WITHDRAWAL_OUTCOMES.includes(input.outcome)) throw new ValidationError({ outcome: ["choice"] });
  const note = input.outcome === "OTHER" ? requiredText(input.note, "note") : optionalText(input.note, "note");
  try {
    await db.$transaction(async (tx) => {
      const req = await loadVisibleCase(tx, p, reference);
      if (!mayAssignOthers(p) || !ownsRequest(p, req)) throw new ForbiddenError("lead_only");
      const withdrawn = await tx.request.findUniqueOrThrow({ where: { id: req.id }, select: { withdrawnAt: true } });
      if (req.status !== "WITHDRAWN" || !withdrawn.withdrawnAt) throw new ConflictError("not_allowed");
      if (req.version !== expectedVersion) throw new ConflictError("stale");
      await tx.withdrawalReview.create({
        data: { requestId: req.id, withdrawnAt: withdrawn.withdrawnAt, outcome: input.outcome, note, reviewedById: p.id, reviewedAt: now },
      });
      await recordEvent(tx, req.id, person(p), now, { kind: "WITHDRAWAL_REVIEWED", visibility: "INTERNAL", text: note, data: { outcome: input.outcome } });
      if (input.outcome === "PUSHED_BY_STAFF") {
        await performInTransaction(tx, p, reference, expectedVersion, { action: "reinstate", note: note ?? undefined }, now);
      }
    });
  } catch (err) {
    // Two leads closing the same review at once: the unique (request, withdrawal time) keeps one.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ConflictError("already_reviewed");
    throw err;
  }
}
