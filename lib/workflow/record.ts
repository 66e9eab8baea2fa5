import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { actorId, type EventActor } from "./actor";
import type { EventInput } from "./events";

/** The one way an event reaches a case's timeline: the kind and its payload typed together (lib/workflow/events.ts). */
export async function recordEvent(tx: Tx, requestId: string, by: EventActor, at: Date, event: EventInput): Promise<void> {
  const { data, ...columns } = event;
  await tx.event.create({ data: { requestId, actorId: actorId(by), createdAt: at, ...columns, ...(data && { data }) } });
}

export type CaseChange = {
  requestId: string;
  /** The version the change was decided on: if the case moved on since, nothing is written (ConflictError). */
  expectedVersion: number;
  data: Prisma.RequestUncheckedUpdateManyInput;
  by: EventActor;
  at: Date;
  events: EventInput[];
  /** ConflictError code when the case changed meanwhile ("stale" unless the caller's form says otherwise). */
  conflict?: string;
};

/**
 * The one write of a change to a case (status, owner, unit, priority): optimistic on its version, which
 * goes up by one, then the change's events. Of two writers on the same version exactly one lands.
 */
export async function commitCaseChange(tx: Tx, change: CaseChange): Promise<number> {
  const { count } = await tx.request.updateMany({
    where: { id: change.requestId, version: change.expectedVersion },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(change.conflict ?? "stale");
  for (const event of change.events) await recordEvent(tx, change.requestId, change.by, change.at, event);
  return change.expectedVersion + 1;
}
