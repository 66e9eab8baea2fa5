import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { isOpen } from "@/lib/workflow/state-machine";
import { person } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { loadVisibleCase } from "./perform";
import { caseOwnerIds, unitStaffIds, without } from "./people";
import { optionalText } from "./text";

/**
 * 协办: the owning unit's lead (or an admin) brings another unit onto an open case. Its officers then
 * see the case, post replies and notes, and mark their part done; the owning unit still resolves it.
 */
export async function addCoHandlingUnit(p: Principal, reference: string, unitId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const req = await loadVisibleCase(tx, p, reference);
    const leadsThisCase = p.role === "ADMIN" || (p.role === "LEAD" && p.unitId === req.unitId);
    if (!leadsThisCase) throw new ForbiddenError("owning_lead_only");
    if (!isOpen(req.status)) throw new ConflictError("not_open");
    const unit = await tx.unit.findFirst({ where: { id: unitId, active: true }, select: { id: true, code: true } });
    if (!unit || unit.id === req.unitId) throw new ValidationError({ unitId: ["unit"] });
    const added = await tx.coHandling.createManyAndReturn({
      data: [{ requestId: req.id, unitId: unit.id, addedById: p.id, addedAt: now }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (added.length === 0) throw new ConflictError("already_cohandling");
    await recordEvent(tx, req.id, person(p), now, { kind: "COHANDLING_ADDED", visibility: "PUBLIC", data: { unitId: unit.id, unitCode: unit.code } });
    await notify(tx, {
      requestId: req.id,
      now,
      kind: "COHANDLING_ADDED",
      params: { reference: req.reference, type: req.type },
      userIds: without(await unitStaffIds(tx, unit.id), p.id),
    });
  });
}

/** An officer or lead of a co-handling unit reports that their unit's part of the case is done. */
export async function markCoHandlingDone(p: Principal, reference: string, note: string | undefined, now = new Date()): Promise<void> {
  const text = optionalText(note, "note");
  await db.$transaction(async (tx) => {
    const req = await loadVisibleCase(tx, p, reference);
    if ((p.role !== "OFFICER" && p.role !== "LEAD") || !p.unitId) throw new ForbiddenError("cohandling_unit_only");
    const { count } = await tx.coHandling.updateMany({
      where: { requestId: req.id, unitId: p.unitId, doneAt: null },
      data: { doneAt: now, doneById: p.id, doneNote: text },
    });
    if (count === 0) {
      const exists = await tx.coHandling.count({ where: { requestId: req.id, unitId: p.unitId } });
      if (!exists) throw new NotFoundError("co-handling");
      throw new ConflictError("already_done");
    }
    await recordEvent(tx, req.id, person(p), now, { kind: "COHANDLING_DONE", text, visibility: "PUBLIC", data: { unitId: p.unitId } });
    const leads = await unitStaffIds(tx, req.unitId, ["LEAD"]);
    await notify(tx, {
      requestId: req.id,
      now,
      kind: "COHANDLING_DONE",
      params: { reference: req.reference, type: req.type },
      userIds: without([...new Set([...(await caseOwnerIds(tx, req)), ...leads])], p.id),
    });
  });
}
