import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { writeAudit } from "./audit";
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
    const moved = await tx.request.updateMany({
      where: { id: request.id, version: request.version },
      data: { unitId: target.id, assigneeId: null, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new ConflictError("changed");
    // A co-handling entry for the new owner would make it help on its own case.
    await tx.coHandling.deleteMany({ where: { requestId: request.id, unitId: target.id } });
    await tx.event.create({
      data: {
        requestId: request.id, actorId: p.id, kind: "MOVED", text, visibility: "INTERNAL", createdAt: now,
        data: { fromUnit: request.unit.code, toUnit: target.code, previousAssigneeId: request.assigneeId },
      },
    });
    await writeAudit(tx, {
      actorId: p.id, action: "case.move", entity: "Request", entityId: request.id,
      before: { reference, unitId: request.unitId, assigneeId: request.assigneeId }, after: { reference, unitId: target.id, reason: text },
    });
  });
}
