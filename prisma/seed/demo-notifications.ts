// What people were told in the last two weeks, derived from the timeline so each notice matches an event.
import type { Prisma } from "@/generated/prisma/client";
import type { Rows } from "./demo-plan";
import type { People } from "./demo-people";
import type { Rng } from "./random";
import { addMs, DAY, HOUR } from "./time";

const WINDOW = 14 * DAY;

/**
 * Kinds: STATUS (params.toStatus), REPLY, ASSIGNED, ESCALATED, REMINDER, COHANDLING_ADDED, COHANDLING_DONE, RATED (params.score);
 * params always carry the request's reference and type.
 */
export function buildNotifications(rng: Rng, newId: () => string, rows: Rows, people: People, now: Date): Prisma.NotificationCreateManyInput[] {
  const requests = new Map(rows.requests.map((r) => [r.id as string, r]));
  const leadsOf = new Map([...people.units.values()].map((u) => [u.id, u.leadIds]));
  const unitsById = new Map([...people.units.values()].map((u) => [u.id, u]));
  const out: Prisma.NotificationCreateManyInput[] = [];
  const notify = (userId: string | null | undefined, kind: string, at: Date, req: Prisma.RequestCreateManyInput, extra: Record<string, unknown> = {}) => {
    if (!userId) return;
    const age = now.getTime() - at.getTime();
    const readAfter = rng.int(1, 20) * HOUR;
    const read = age > 3 * DAY ? rng.chance(0.9) : rng.chance(0.3) && age > readAfter;
    out.push({
      id: newId(),
      userId,
      kind,
      requestId: req.id,
      params: { reference: req.reference, type: req.type, ...extra },
      readAt: read ? addMs(at, Math.min(readAfter, age - 1)) : null,
      createdAt: at,
    });
  };
  for (const e of rows.events) {
    const at = e.createdAt as Date;
    if (now.getTime() - at.getTime() > WINDOW) continue;
    const req = requests.get(e.requestId)!;
    const data = (e.data ?? {}) as Record<string, unknown>;
    const byEnterprise = e.actorId === req.createdById;
    switch (e.kind) {
      case "STATUS":
        if (!byEnterprise) notify(req.createdById, "STATUS", at, req, { toStatus: e.toStatus });
        else if (req.assigneeId) notify(req.assigneeId, "STATUS", at, req, { toStatus: e.toStatus });
        // Withdrawals go to the lead's review list (撤单质检).
        if (e.toStatus === "WITHDRAWN") for (const lead of leadsOf.get(req.unitId) ?? []) notify(lead, "STATUS", at, req, { toStatus: e.toStatus });
        break;
      case "REPLY":
        if (!byEnterprise) notify(req.createdById, "REPLY", at, req);
        break;
      case "ASSIGNED":
      case "REMINDER":
        notify(data.assigneeId as string, e.kind, at, req);
        break;
      case "ESCALATED":
        for (const lead of leadsOf.get(req.unitId) ?? []) notify(lead, "ESCALATED", at, req);
        break;
      case "COHANDLING_ADDED": {
        const unit = unitsById.get(data.unitId as string);
        for (const userId of [...(unit?.leadIds ?? []), ...(unit?.officerIds ?? [])]) notify(userId, "COHANDLING_ADDED", at, req);
        break;
      }
      case "COHANDLING_DONE":
        for (const userId of new Set([...(leadsOf.get(req.unitId) ?? []), req.assigneeId])) notify(userId, "COHANDLING_DONE", at, req);
        break;
      case "RATED":
        notify(req.assigneeId, "RATED", at, req, { score: data.score });
        break;
    }
  }
  return out;
}
