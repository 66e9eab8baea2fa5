import type { Principal } from "@/lib/auth/types";
import { ownsRequest } from "@/lib/requests/access";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/workflow/state-machine";

const ENTERPRISE_ACTIONS: ReadonlySet<string> = new Set(["answer", "withdraw", "confirm", "reopen"]);

/**
 * In which capacity this person takes this action on this request, or ForbiddenError:
 * enterprise actions only by staff of the request's own enterprise; unit actions only by the
 * owning unit's officers and leads, or an admin — a co-handling unit helps but never moves the case.
 */
export function actorFor(p: Principal, request: { unitId: string; enterpriseId: string }, action: string): Actor {
  if (ENTERPRISE_ACTIONS.has(action)) {
    if (p.role === "ENTERPRISE" && p.enterpriseId === request.enterpriseId) return "ENTERPRISE";
    throw new ForbiddenError("enterprise_only");
  }
  if (ownsRequest(p, request)) return "UNIT";
  throw new ForbiddenError("owning_unit_only");
}

/** Leads and admins direct the unit's work; an officer only ever takes a case for themselves. */
export function mayAssignOthers(p: Principal): boolean {
  return p.role === "LEAD" || p.role === "ADMIN";
}

export function isUnitStaff(p: Principal): boolean {
  return p.role === "OFFICER" || p.role === "LEAD" || p.role === "ADMIN";
}
