import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditEntry = {
  actorId: string;
  action: string;
  entity: string;
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
