import { z } from "zod";

// Every kind of notification and the parameters it is written with (Notification.kind + .params),
// defined once. notify() takes a `NoticeInput`, so a writer cannot forget the reference or misspell a
// kind. Readers go through `noticeParams`, which never throws: a row from an older version (a STATUS
// without its action, a kind since retired, a hand-edited value) still renders, generically if need be.

const caseParams = z.object({ reference: z.string(), type: z.string() });
const dueParams = caseParams.extend({ dueAt: z.string() });

export const NOTICE_SCHEMA = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("NEW_CASE"), params: caseParams }),
  z.object({ kind: z.literal("ASSIGNED"), params: caseParams }),
  // Rows written before the action was recorded carry only the new status.
  z.object({ kind: z.literal("STATUS"), params: caseParams.extend({ action: z.string().optional(), toStatus: z.string() }) }),
  z.object({ kind: z.literal("REPLY"), params: caseParams }),
  z.object({ kind: z.literal("REMINDER"), params: dueParams }),
  z.object({ kind: z.literal("ESCALATED"), params: caseParams }),
  z.object({ kind: z.literal("FIRST_RESPONSE_REMINDER"), params: dueParams }),
  z.object({ kind: z.literal("FIRST_RESPONSE_ESCALATED"), params: caseParams }),
  z.object({ kind: z.literal("COHANDLING_ADDED"), params: caseParams }),
  z.object({ kind: z.literal("COHANDLING_DONE"), params: caseParams }),
  z.object({ kind: z.literal("RATED"), params: caseParams.extend({ score: z.number() }) }),
  z.object({ kind: z.literal("ENTERPRISE_VERIFIED"), params: z.object({}) }),
  z.object({ kind: z.literal("ENTERPRISE_REJECTED"), params: z.object({ reason: z.string().optional() }) }),
]);

export type NoticeInput = z.infer<typeof NOTICE_SCHEMA>;
export type NotificationKind = NoticeInput["kind"];
export const NOTIFICATION_KINDS = NOTICE_SCHEMA.options.map((o) => o.shape.kind.value);

export function isNotificationKind(kind: string | null | undefined): kind is NotificationKind {
  return NOTIFICATION_KINDS.some((k) => k === kind);
}

const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The parameters any notice (and its outbox message) may carry, each read on its own: a missing or
 * malformed one is undefined, never an error. The outbox adds where the message leads and a text's quiet hours.
 */
const LOOSE_PARAMS = z
  .object({
    reference: maybe(z.string()),
    type: maybe(z.string()),
    action: maybe(z.string()),
    toStatus: maybe(z.string()),
    score: maybe(z.union([z.number(), z.string()])),
    reason: maybe(z.string()),
    dueAt: maybe(z.string()),
    path: maybe(z.string()),
    quiet: maybe(z.object({ hours: z.string().nullable(), anyHour: z.boolean() })),
  })
  .catch({});

export type NoticeParams = z.infer<typeof LOOSE_PARAMS>;

/** The stored parameters of a notification or its outbox message, each one typed or undefined. */
export function noticeParams(raw: unknown): NoticeParams {
  return LOOSE_PARAMS.parse(raw ?? {});
}
