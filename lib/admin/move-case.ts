import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { person } from "@/lib/workflow/actor";
import { commitCaseChange } from "@/lib/workflow/record";
import { writeAudit } from "@/lib/audit/log";
import { assertAdmin } from "./guard";

/**
 * Hands an existing case to another unit on purpose (routing changes never move old cases by themselves).
 * The case waits unassigned in the new unit's queue; the move is a MOVED event on its timeline.
 */
export async function moveCase(p: Principal, reference: string, unitId: string, reason: string, now: Date = new Date()): Promise<void> {
  assertAdmin(p);
  const text = reason.trim();
  if (!text) throw new ValidationError({ reason: ["required"] });
  await db.$transaction(async (tx) => {
    const request = await tx.request.findUnique({
      where: { reference },
      select: { id: true, version: true, unitId: true, assigneeId: true, unit: { select: { code: true } } },
    });
    if (!request) throw new ValidationError({ reference: ["caseNotFound"] });
    const target = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, code: true, active: true } });
    if (!target?.active) throw new ValidationError({ unitId: ["unitNotFound"] });
    if (target.id === request.unitId) throw new ValidationError({ unitId: ["sameUnit"] });
    await commitCaseChange(tx, {
      requestId: request.id,
      expectedVersion: request.version,
      data: { unitId: target.id, assigneeId: null },
      by: person(p),
      at: now,
      conflict: "changed",
      events: [
        { kind: "MOVED", text, visibility: "INTERNAL", data: { fromUnit: request.unit.code, toUnit: target.code, previousAssigneeId: request.assigneeId } },
      ],
    });
    // A co-handling entry for the new owner would make it help on its own case.
    await tx.coHandling.deleteMany({ where: { requestId: request.id, unitId: target.id } });
    await writeAudit(tx, {
      actorId: p.id,
      action: "case.move",
      entity: "Request",
      entityId: request.id,
      before: { reference, unitId: request.unitId, assigneeId: request.assigneeId },
      after: { reference, unitId: target.id, reason: text },
    });
  });
}
