import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** Every change the log records; each has a name in both catalogs (`admin.audit.actions.*`, checked by a test). */
export const AUDIT_ACTIONS = [
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.passwordLink",
  "township.create",
  "township.update",
  "unit.create",
  "unit.update",
  "case.move",
  "case.reveal",
  "signIn.unlock",
  "enterprise.register",
  "enterprise.verify",
  "enterprise.reject",
  "enterprise.flags",
  "enterprise.liaison",
  "enterprise.contactPreference",
  "calendar.set",
  "outbox.retry",
  "apiKey.create",
  "apiKey.update",
  "apiKey.rotate",
  "apiKey.revoke",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record the log points at; each has a name in both catalogs (`admin.audit.entities.*`). */
export const AUDIT_ENTITIES = ["User", "Unit", "Township", "Enterprise", "CalendarDay", "Outbox", "Request", "SignInThrottle", "ApiKey"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type AuditEntry = {
  actorId: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Dates become ISO strings and undefined fields disappear, exactly as the JSON column will hold them.
function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Records an admin change; call it with the transaction that makes the change, so both happen or neither. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
