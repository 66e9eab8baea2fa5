import "server-only";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { assertAdmin } from "./guard";

/** The few numbers the admin overview shows beside each section. */
export async function adminOverview(p: Principal) {
  assertAdmin(p);
  const [activeUsers, units, pendingEnterprises, failedOutbox, auditEntries, signInLocks] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.unit.count({ where: { active: true } }),
    db.enterprise.count({ where: { status: "PENDING" } }),
    db.outbox.count({ where: { status: { in: ["FAILED", "GIVEN_UP"] } } }),
    db.auditLog.count(),
    db.signInThrottle.count({ where: { lockedUntil: { gt: new Date() } } }),
  ]);
  return { activeUsers, units, pendingEnterprises, failedOutbox, auditEntries, signInLocks };
}
