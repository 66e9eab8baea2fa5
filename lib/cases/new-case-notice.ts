import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { unitStaffIds } from "./people";

/**
 * Tells the unit a request arrived, inside the intake transaction: the liaison officer it was routed to
 * ("assigned to you"), otherwise every officer and lead of the unit ("new case in your unit").
 */
export async function notifyNewCase(tx: Tx, request: { id: string; reference: string; type: string; unitId: string; assigneeId: string | null }, now = new Date()): Promise<void> {
  const params = { reference: request.reference, type: request.type };
  if (request.assigneeId) {
    await notify(tx, { requestId: request.id, now, kind: "ASSIGNED", params, userIds: [request.assigneeId], dedupeKey: `new:${request.id}` });
  } else {
    await notify(tx, { requestId: request.id, now, kind: "NEW_CASE", params, userIds: await unitStaffIds(tx, request.unitId), dedupeKey: `new:${request.id}` });
  }
}
