"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { BULK_MAX, bulkAssign, bulkSetPriority, type BulkOutcome } from "@/lib/cases/bulk";
import { PRIORITIES } from "@/lib/cases/queue-filters";
import { ValidationError } from "@/lib/errors";

export type BulkState = { errors?: Record<string, string[]>; message?: string; outcome?: BulkOutcome; op?: string };

const references = z.array(z.string().min(1).max(40)).min(1, "queue.errors.noSelection").max(BULK_MAX, "queue.errors.bulkSize");
const schema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("assign"), references, assigneeId: z.string().min(1, "queue.errors.required") }),
  z.object({ op: z.literal("priority"), references, priority: z.enum(PRIORITIES, { error: "queue.errors.required" }) }),
]);

/** A lead's bulk action on the selected cases: assign to one officer, or set the priority. */
export async function bulkAction(_prev: BulkState, formData: FormData): Promise<BulkState> {
  const p = await requireRole("LEAD", "ADMIN");
  const parsed = schema.safeParse({
    op: formData.get("op"),
    references: formData.getAll("references").filter((v) => typeof v === "string"),
    assigneeId: formData.get("assigneeId") ?? undefined,
    priority: formData.get("priority") || undefined,
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: "queue.errors.form" };
  try {
    const outcome =
      parsed.data.op === "assign"
        ? await bulkAssign(p, parsed.data.references, parsed.data.assigneeId)
        : await bulkSetPriority(p, parsed.data.references, parsed.data.priority);
    revalidatePath("/queue");
    return { outcome, op: parsed.data.op };
  } catch (err) {
    if (err instanceof ValidationError) return { errors: err.fieldErrors, message: "queue.errors.form" };
    throw err;
  }
}
