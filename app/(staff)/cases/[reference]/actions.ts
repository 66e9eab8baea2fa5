"use server";

import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { addCoHandlingUnit, markCoHandlingDone } from "@/lib/cases/co-handling";
import { setPriority } from "@/lib/cases/bulk";
import { PAUSE_REASONS } from "@/lib/cases/clock";
import { performCaseAction } from "@/lib/cases/perform";
import { PRIORITIES } from "@/lib/cases/queue-filters";
import { addReply } from "@/lib/cases/replies";
import { revealIdentifiers } from "@/lib/cases/reveal";
import { TEXT_MAX } from "@/lib/cases/text";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addRequestFiles } from "@/lib/files/add";
import { incomingFiles, prepareUploads, UploadRefusedError, type PreparedFile } from "@/lib/files/uploads";

/** `fileName` names the file an upload error is about, for its message. */
export type CaseFormState = { errors?: Record<string, string[]>; message?: string; values?: Record<string, string>; fileName?: string };

const text = z.string().trim().min(1, "queue.errors.required").max(TEXT_MAX, "queue.errors.tooLong");
const base = { reference: z.string().min(1).max(40), version: z.coerce.number().int().min(0) };
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), ...base }),
  z.object({ intent: z.literal("start"), ...base }),
  z.object({ intent: z.literal("assign"), ...base, assigneeId: z.string().min(1, "queue.errors.required") }),
  z.object({ intent: z.literal("ask"), ...base, question: text, reason: z.enum(PAUSE_REASONS) }),
  z.object({ intent: z.literal("resolve"), ...base, note: text }),
  z.object({ intent: z.literal("reject"), ...base, reason: text }),
  z.object({ intent: z.literal("reply"), ...base, body: text, visibility: z.enum(["PUBLIC", "INTERNAL"]) }),
  z.object({ intent: z.literal("reveal"), ...base, reason: z.string().trim().min(1, "queue.errors.required").max(500, "queue.errors.tooLong") }),
  z.object({ intent: z.literal("cohandle"), ...base, unitId: z.string().min(1, "queue.errors.required") }),
  z.object({ intent: z.literal("cohandleDone"), ...base, note: z.string().trim().max(TEXT_MAX, "queue.errors.tooLong").optional() }),
  z.object({ intent: z.literal("priority"), ...base, priority: z.enum(PRIORITIES) }),
]);
type Input = z.infer<typeof schema>;

async function run(p: Awaited<ReturnType<typeof requireRole>>, input: Input, files: PreparedFile[]): Promise<void> {
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
  }
}

/** Every form on the case page posts here; the intent says which. */
export async function caseAction(_prev: CaseFormState, formData: FormData): Promise<CaseFormState> {
  const p = await requireRole("OFFICER", "LEAD", "ADMIN");
  const raw = Object.fromEntries([...formData.entries()].filter(([k, v]) => !k.startsWith("$") && typeof v === "string")) as Record<string, string>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: "queue.errors.form", values: raw };
  const { reference, intent } = parsed.data;
  const page = `/cases/${encodeURIComponent(reference)}`;
  try {
    // Files are checked (type by content, size, count) before anything is written.
    const files = intent === "reply" ? prepareUploads(await incomingFiles(formData.getAll("files"))) : [];
    await run(p, parsed.data, files);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof UploadRefusedError) {
      const code = err.fieldErrors.files?.[0] ?? "fileType";
      return { errors: { files: [`enterprise.feedback.${code}`] }, fileName: err.fileName ?? undefined, message: "queue.errors.form", values: raw };
    }
    if (err instanceof ValidationError) return { errors: err.fieldErrors, message: "queue.errors.form", values: raw };
    if (err instanceof ForbiddenError) return { message: "queue.errors.forbidden", values: raw };
    if (err instanceof ConflictError) {
      // Someone else moved the case first: show its current state, with a word on why nothing happened.
      revalidatePath(page);
      redirect(`${page}?conflict=${err.code === "stale" || err.code === "not_allowed" ? "stale" : "other"}`);
    }
    throw err;
  }
  revalidatePath(page);
  revalidatePath("/queue");
  redirect(`${page}?done=${intent}`);
}
