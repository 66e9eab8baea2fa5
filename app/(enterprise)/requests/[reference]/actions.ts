"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues } from "@/lib/forms/form-state";
import { requireRole } from "@/lib/auth/session";
import { performCaseAction, type CaseCommand } from "@/lib/cases/perform";
import { addReply } from "@/lib/cases/replies";
import { addRequestFiles } from "@/lib/files/add";
import { incomingFiles, prepareUploads } from "@/lib/files/uploads";
import { failedWith, refused } from "../../_components/form-result";
import type { EnterpriseFormState } from "../../_components/use-enterprise-form";

const text = z.string().optional().default("");
const version = z.coerce.number().int().min(0);

// Texts are checked by the case service (required, length) so the rules live in one place; the form
// only shapes its fields.
const INTENTS = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("answer"), version, answer: text }),
  z.object({ intent: z.literal("withdraw"), version, reason: text }),
  z.object({ intent: z.literal("confirm"), version, score: z.coerce.number({ error: "score" }).int({ error: "score" }).min(1, { error: "score" }).max(5, { error: "score" }), comment: text }),
  z.object({ intent: z.literal("reopen"), version, reason: text }),
  z.object({ intent: z.literal("reply"), body: text }),
  z.object({ intent: z.literal("files") }),
]);

const DONE: Record<string, string> = { answer: "answered", withdraw: "withdrawn", confirm: "confirmed", reopen: "reopened", reply: "replied", files: "filesAdded" };

/**
 * Everything the enterprise does on its request page: answer a question, withdraw, confirm and rate,
 * reopen, write, add files. Status changes go through the case service with the version the page
 * showed, so acting on a stale page is refused and the page then shows the current state.
 */
export async function requestAction(_prev: EnterpriseFormState, formData: FormData): Promise<EnterpriseFormState> {
  const principal = await requireRole("ENTERPRISE");
  const reference = String(formData.get("reference") ?? "");
  const values = formValues(formData, ["reference", "version"]);
  const parsed = INTENTS.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return refused(parsed.error, values);
  const cmd = parsed.data;
  try {
    const files = prepareUploads(await incomingFiles(formData.getAll("files")));
    if (cmd.intent === "files" && files.length === 0) return { errors: { files: ["required"] }, message: "invalid", values, seq: Date.now() };
    // Files were checked above, before anything is written. Files sent with a reply or an answer belong
    // to that message (up to 5 of their own), not to the request's own five.
    let replyId: string | undefined;
    if (cmd.intent === "reply") ({ replyId } = await addReply(principal, reference, { body: cmd.body, visibility: "PUBLIC" }));
    else if (cmd.intent !== "files") ({ replyId } = await performCaseAction(principal, reference, cmd.version, command(cmd)));
    await addRequestFiles(principal, reference, files, { replyId });
  } catch (err) {
    revalidatePath(`/requests/${reference}`);
    return failedWith(err, values);
  }
  revalidatePath(`/requests/${reference}`);
  revalidatePath("/requests");
  redirect(`/requests/${encodeURIComponent(reference)}?done=${DONE[cmd.intent]}`);
}

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
