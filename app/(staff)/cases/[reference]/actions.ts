"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { addCoHandlingUnit, markCoHandlingDone } from "@/lib/cases/co-handling";
import { setPriority } from "@/lib/cases/bulk";
import { PAUSE_REASONS } from "@/lib/cases/clock";
import { ANSWER_CHANNELS, performCaseAction } from "@/lib/cases/perform";
import { reviewWithdrawal, WITHDRAWAL_OUTCOMES } from "@/lib/cases/withdrawal-review";
import { fromLocalInputValue } from "@/lib/time/shanghai";
import { PRIORITIES } from "@/lib/cases/queue-filters";
import { addReply } from "@/lib/cases/replies";
import { revealIdentifiers } from "@/lib/cases/reveal";
import { TEXT_MAX } from "@/lib/cases/text";
import { addRequestFiles } from "@/lib/files/add";
import type { Principal } from "@/lib/auth/types";
import type { PreparedFile } from "@/lib/files/uploads";

const text = z.string().trim().min(1, "required").max(TEXT_MAX, "tooLong");
const base = { reference: z.string().min(1).max(40), version: z.coerce.number().int().min(0) };
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), ...base }),
  z.object({ intent: z.literal("start"), ...base }),
  z.object({ intent: z.literal("assign"), ...base, assigneeId: z.string().min(1, "required") }),
  z.object({ intent: z.literal("ask"), ...base, question: text, reason: z.enum(PAUSE_REASONS, { error: "choice" }) }),
  z.object({ intent: z.literal("resolve"), ...base, note: text }),
  z.object({ intent: z.literal("reject"), ...base, reason: text }),
  z.object({ intent: z.literal("reply"), ...base, body: text, visibility: z.enum(["PUBLIC", "INTERNAL"], { error: "choice" }) }),
  z.object({ intent: z.literal("reveal"), ...base, reason: z.string().trim().min(1, "required").max(500, "tooLong") }),
  z.object({ intent: z.literal("cohandle"), ...base, unitId: z.string().min(1, "required") }),
  z.object({ intent: z.literal("cohandleDone"), ...base, note: z.string().trim().max(TEXT_MAX, "tooLong").optional() }),
  z.object({ intent: z.literal("priority"), ...base, priority: z.enum(PRIORITIES, { error: "choice" }) }),
  z.object({
    intent: z.literal("recordAnswer"),
    ...base,
    answer: text,
    channel: z.enum(ANSWER_CHANNELS, { error: "choice" }),
    contactName: z.string().trim().min(1, "required").max(100, "tooLong"),
    answeredAt: z.string().transform((v, ctx) => fromLocalInputValue(v) ?? (ctx.addIssue({ code: "custom", message: "dateTime" }), z.NEVER)),
  }),
  z.object({ intent: z.literal("retractQuestion"), ...base, note: z.string().trim().max(TEXT_MAX, "tooLong").optional() }),
  z.object({
    intent: z.literal("reviewWithdrawal"),
    ...base,
    outcome: z.enum(WITHDRAWAL_OUTCOMES, { error: "choice" }),
    note: z.string().trim().max(TEXT_MAX, "tooLong").optional(),
  }),
]);
type Input = z.infer<typeof schema>;

async function run(p: Principal, input: Input, files: PreparedFile[]): Promise<void> {
  const { reference, version } = input;
  switch (input.intent) {
    case "accept":
    case "start":
      return void (await performCaseAction(p, reference, version, { action: input.intent }));
    case "assign":
      return void (await performCaseAction(p, reference, version, { action: "assign", assigneeId: input.assigneeId }));
    case "ask":
      return void (await performCaseAction(p, reference, version, { action: "ask", question: input.question, reason: input.reason }));
    case "resolve":
      return void (await performCaseAction(p, reference, version, { action: "resolve", note: input.note }));
    case "reject":
      return void (await performCaseAction(p, reference, version, { action: "reject", reason: input.reason }));
    case "reply": {
      // Files go with the reply and take its visibility: an internal note's files stay inside the units.
      const { replyId } = await addReply(p, reference, { body: input.body, visibility: input.visibility });
      return void (await addRequestFiles(p, reference, files, { replyId }));
    }
    case "reveal":
      return revealIdentifiers(p, reference, input.reason);
    case "cohandle":
      return addCoHandlingUnit(p, reference, input.unitId);
    case "cohandleDone":
      return markCoHandlingDone(p, reference, input.note);
    case "priority":
      return setPriority(p, reference, version, input.priority);
    case "recordAnswer": {
      const { answer, channel, contactName, answeredAt } = input;
      return void (await performCaseAction(p, reference, version, { action: "recordAnswer", answer, channel, contactName, answeredAt }));
    }
    case "retractQuestion":
      return void (await performCaseAction(p, reference, version, { action: "retractQuestion", note: input.note }));
    case "reviewWithdrawal":
      return reviewWithdrawal(p, reference, version, { outcome: input.outcome, note: input.note });
  }
}

const TYPED = new Set<Input["intent"]>(["ask", "resolve", "reject", "reply", "reveal", "cohandleDone", "recordAnswer", "retractQuestion", "reviewWithdrawal"]);
const casePath = (reference: string) => `/cases/${encodeURIComponent(reference)}`;

/**
 * Every form on the case page posts here; the intent says which. Files (replies only) are checked
 * before anything is written; when someone else moved the case first, the page shows its current
 * state and the form keeps what was typed, with a word on why nothing happened.
 */
export const caseAction = formAction({
  name: "case",
  roles: ["OFFICER", "LEAD", "ADMIN"],
  schema,
  omit: ["reference", "version"],
  files: true,
  revalidate: ({ reference, intent }) => [casePath(reference), "/queue", ...(intent === "reviewWithdrawal" ? ["/stats"] : [])],
  // A click with nothing typed (accept, start, assign…) just shows the case as it now is; a text stays in its form.
  conflictRedirect: (input, err) =>
    TYPED.has(input.intent) ? undefined : `${casePath(input.reference)}?conflict=${err.code === "stale" || err.code === "not_allowed" ? "stale" : "other"}`,
  run: async ({ principal, input, files }) => {
    await run(principal, input, input.intent === "reply" ? files : []);
    return { redirect: `${casePath(input.reference)}?done=${input.intent}` };
  },
});
