"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { performCaseAction, type CaseCommand } from "@/lib/cases/perform";
import { addReply } from "@/lib/cases/replies";
import { ValidationError } from "@/lib/errors";
import { addRequestFiles } from "@/lib/files/add";

const text = z.string().optional().default("");
const version = z.coerce.number().int().min(0);
const reference = z.string().min(1).max(40);

// Texts are checked by the case service (required, length) so the rules live in one place; the form
// only shapes its fields.
const INTENTS = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("answer"), reference, version, answer: text }),
  z.object({ intent: z.literal("withdraw"), reference, version, reason: text }),
  z.object({
    intent: z.literal("confirm"),
    reference,
    version,
    score: z.coerce.number({ error: "score" }).int({ error: "score" }).min(1, { error: "score" }).max(5, { error: "score" }),
    comment: text,
  }),
  z.object({ intent: z.literal("reopen"), reference, version, reason: text }),
  z.object({ intent: z.literal("reply"), reference, body: text }),
  z.object({ intent: z.literal("files"), reference }),
]);

const DONE: Record<string, string> = {
  answer: "answered",
  withdraw: "withdrawn",
  confirm: "confirmed",
  reopen: "reopened",
  reply: "replied",
  files: "filesAdded",
};
const requestPath = (ref: string) => `/requests/${encodeURIComponent(ref)}`;

/**
 * Everything the enterprise does on its request page: answer a question, withdraw, confirm and rate,
 * reopen, write, add files. Status changes go through the case service with the version the page
 * showed, so acting on a stale page is refused and the page then shows the current state. Files sent
 * with a reply or an answer belong to that message (up to 5 of their own), not to the request's own five.
 */
export const requestAction = formAction({
  name: "requests.act",
  roles: ["ENTERPRISE"],
  schema: INTENTS,
  omit: ["reference", "version"],
  files: true,
  revalidate: (input) => [requestPath(input.reference), "/requests"],
  run: async ({ principal, input, files }) => {
    if (input.intent === "files" && files.length === 0) throw new ValidationError({ files: ["required"] });
    let replyId: string | undefined;
    if (input.intent === "reply") ({ replyId } = await addReply(principal, input.reference, { body: input.body, visibility: "PUBLIC" }));
    else if (input.intent !== "files") ({ replyId } = await performCaseAction(principal, input.reference, input.version, command(input)));
    await addRequestFiles(principal, input.reference, files, { replyId });
    return { redirect: `${requestPath(input.reference)}?done=${DONE[input.intent]}` };
  },
});

function command(cmd: Exclude<z.infer<typeof INTENTS>, { intent: "reply" | "files" }>): CaseCommand {
  switch (cmd.intent) {
    case "answer":
      return { action: "answer", answer: cmd.answer };
    case "withdraw":
      return { action: "withdraw", reason: cmd.reason };
    case "confirm":
      return { action: "confirm", score: cmd.score, comment: cmd.comment };
    case "reopen":
      return { action: "reopen", reason: cmd.reason };
  }
}
