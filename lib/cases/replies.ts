import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { isTerminal } from "@/lib/workflow/state-machine";
import { person } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { isUnitStaff } from "./authorize";
import { loadVisibleCase } from "./perform";
import { caseOwnerIds, enterpriseStaffIds, without } from "./people";
import { takeActionRate } from "@/lib/limits/action-rate";
import { requiredText } from "./text";

export type ReplyInput = { body: string; visibility: "PUBLIC" | "INTERNAL" };

/**
 * A public reply or an internal note. Enterprise staff post public replies on their own open requests;
 * unit staff who can see the case (the owning unit, co-handling units, admins) post both. A reply does
 * not move the case, so it does not bump the version and never conflicts with a status change.
 * A unit's first public reply counts as the first response.
 */
export async function addReply(p: Principal, reference: string, input: ReplyInput, now = new Date()): Promise<{ replyId: string }> {
  const body = requiredText(input.body, "body");
  return db.$transaction(async (tx) => {
    const req = await loadVisibleCase(tx, p, reference);
    const fromEnterprise = p.role === "ENTERPRISE";
    if (fromEnterprise && input.visibility !== "PUBLIC") throw new ForbiddenError("public_only");
    if (!fromEnterprise && !isUnitStaff(p)) throw new ForbiddenError();
    if (fromEnterprise && isTerminal(req.status)) throw new ConflictError("closed");
    await takeActionRate(tx, p, "reply", 1, now);

    const reply = await tx.reply.create({ data: { requestId: req.id, authorId: p.id, body, visibility: input.visibility, createdAt: now } });
    await recordEvent(tx, req.id, person(p), now, {
      kind: input.visibility === "PUBLIC" ? "REPLY" : "NOTE",
      text: body,
      visibility: input.visibility,
      data: { replyId: reply.id },
    });
    if (!fromEnterprise && input.visibility === "PUBLIC" && !req.firstResponseAt) {
      await tx.request.updateMany({ where: { id: req.id, firstResponseAt: null }, data: { firstResponseAt: now } });
    }

    const params = { reference: req.reference, type: req.type };
    if (fromEnterprise) {
      await notify(tx, { requestId: req.id, now, kind: "REPLY", params, userIds: await caseOwnerIds(tx, req) });
    } else if (input.visibility === "PUBLIC") {
      await notify(tx, { requestId: req.id, now, kind: "REPLY", params, userIds: await enterpriseStaffIds(tx, req.enterpriseId) });
    } else if (req.assigneeId) {
      // A co-handling unit's note is news for whoever works the case.
      await notify(tx, { requestId: req.id, now, kind: "REPLY", params, userIds: without([req.assigneeId], p.id) });
    }
    return { replyId: reply.id };
  });
}
