import { z } from "zod";
import type { Status } from "./state-machine";

// Every kind of timeline event and the JSON each one carries (Event.kind + Event.data), defined once.
// Writers pass an `EventInput` (the compiler checks the payload against its kind); readers call
// `parseEvent`, which never throws: a row written by an older version or by hand comes back as
// { kind: "UNKNOWN" } and still renders (by its kind's words, or its raw kind), instead of breaking the page.
// What older rows and the demo data lack is optional here (a CREATED or STATUS row without a payload,
// a reminder without its due time), so they keep reading as their kind.

const id = z.string();
const instant = z.string(); // ISO 8601, as written by Date#toISOString
const priority = z.enum(["URGENT", "HIGH", "NORMAL", "LOW"]);

export const EVENT_SCHEMA = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("CREATED"), data: z.object({ type: z.string(), apiKeyId: id.optional() }).optional() }),
  z.object({
    kind: z.literal("STATUS"),
    data: z
      .object({
        action: z.string().optional(),
        replyId: id.optional(),
        reason: z.string().optional(),
        assigneeId: id.nullable().optional(),
        // An answer recorded from a call or a visit: how, from whom, when.
        channel: z.string().optional(),
        contactName: z.string().optional(),
        answeredAt: instant.optional(),
      })
      .optional(),
  }),
  z.object({ kind: z.literal("ASSIGNED"), data: z.object({ assigneeId: id, previousAssigneeId: id.nullable().optional(), auto: z.boolean().optional() }) }),
  z.object({ kind: z.literal("RATED"), data: z.object({ score: z.number() }) }),
  z.object({ kind: z.literal("REPLY"), data: z.object({ replyId: id }) }),
  z.object({ kind: z.literal("NOTE"), data: z.object({ replyId: id }) }),
  z.object({ kind: z.literal("ATTACHMENT"), data: z.object({ attachmentIds: z.array(id), replyId: id.optional() }) }),
  z.object({ kind: z.literal("REMINDER"), data: z.object({ assigneeId: id, dueAt: instant.optional() }) }),
  z.object({ kind: z.literal("ESCALATED"), data: z.object({ leadIds: z.array(id).optional(), dueAt: instant }) }),
  z.object({ kind: z.literal("FIRST_RESPONSE_REMINDER"), data: z.object({ userIds: z.array(id), dueAt: instant }) }),
  z.object({ kind: z.literal("FIRST_RESPONSE_ESCALATED"), data: z.object({ leadIds: z.array(id), dueAt: instant }) }),
  z.object({ kind: z.literal("MOVED"), data: z.object({ fromUnit: z.string(), toUnit: z.string(), previousAssigneeId: id.nullable() }) }),
  z.object({ kind: z.literal("PRIORITY"), data: z.object({ from: priority, to: priority }) }),
  z.object({ kind: z.literal("REVEAL"), data: z.null().optional() }),
  z.object({ kind: z.literal("ERASED"), data: z.object({ fields: z.array(z.string()), retentionDays: z.number() }) }),
  z.object({ kind: z.literal("COHANDLING_ADDED"), data: z.object({ unitId: id, unitCode: z.string() }) }),
  z.object({ kind: z.literal("COHANDLING_DONE"), data: z.object({ unitId: id.nullable() }) }),
  z.object({ kind: z.literal("WITHDRAWAL_REVIEWED"), data: z.object({ outcome: z.enum(["VOLUNTARY", "PUSHED_BY_STAFF", "OTHER"]) }) }),
]);

export type WorkflowEvent = z.infer<typeof EVENT_SCHEMA>;
export type EventKind = WorkflowEvent["kind"];
export type EventOf<K extends EventKind> = Extract<WorkflowEvent, { kind: K }>;

/** What a writer gives recordEvent: the kind with its payload, and the event's columns. */
export type EventInput = WorkflowEvent & {
  visibility: "PUBLIC" | "INTERNAL";
  text?: string | null;
  fromStatus?: Status;
  toStatus?: Status;
};

/** A row this version does not know (an old kind, a hand-edited payload): shown by its raw kind. */
export type UnknownEvent = { kind: "UNKNOWN"; rawKind: string; data: null };

/** The event's kind and payload as written, or UnknownEvent: never throws. */
export function parseEvent(row: { kind: string; data: unknown }): WorkflowEvent | UnknownEvent {
  const parsed = EVENT_SCHEMA.safeParse({ kind: row.kind, data: row.data ?? undefined });
  return parsed.success ? parsed.data : { kind: "UNKNOWN", rawKind: row.kind, data: null };
}

/** A row with its kind and payload typed (the other columns kept as they are). */
export function withPayload<R extends { kind: string; data: unknown }>(row: R): Omit<R, "kind" | "data"> & (WorkflowEvent | UnknownEvent) {
  return { ...row, ...parseEvent(row) };
}
