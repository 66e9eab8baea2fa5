import { db } from "@/lib/db";
import type { Principal } from "@/lib/auth/types";
import { visibleRequests } from "./access";

const summarySelect = {
  id: true, reference: true, type: true, status: true, priority: true, submittedAt: true, dueAt: true,
  enterprise: { select: { name: true } },
} as const;

/** The newest requests this person may see (a placeholder list until the full queue and intake pages). */
export function latestVisibleRequests(p: Principal, take = 50) {
  return db.request.findMany({ where: visibleRequests(p), orderBy: [{ submittedAt: "desc" }, { id: "desc" }], take, select: summarySelect });
}

/** One request by its reference, or null when it does not exist or this person may not see it. */
export function findVisibleRequest(p: Principal, reference: string) {
  return db.request.findFirst({ where: { AND: [{ reference }, visibleRequests(p)] }, select: summarySelect });
}
