"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { BULK_MAX, bulkAssign, bulkSetPriority } from "@/lib/cases/bulk";
import { PRIORITIES } from "@/lib/cases/queue-filters";

const references = z.array(z.string().min(1).max(40)).min(1, "noSelection").max(BULK_MAX, "bulkSize");
const schema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("assign"), references, assigneeId: z.string().min(1, "required") }),
  z.object({ op: z.literal("priority"), references, priority: z.enum(PRIORITIES, { error: "required" }) }),
]);

/** A lead's bulk action on the selected cases: assign to one officer, or set the priority. */
export const bulkAction = formAction({
  name: "queue.bulk",
  roles: ["LEAD", "ADMIN"],
  schema,
  // The ticked cases come as many values of one field.
  read: (formData) => ({
    op: formData.get("op"),
    references: formData.getAll("references").filter((v) => typeof v === "string"),
    assigneeId: formData.get("assigneeId") ?? undefined,
    priority: formData.get("priority") || undefined,
  }),
  revalidate: () => ["/queue"],
  run: async ({ principal, input }) => {
    const outcome =
      input.op === "assign"
        ? await bulkAssign(principal, input.references, input.assigneeId)
        : await bulkSetPriority(principal, input.references, input.priority);
    return { result: { ...outcome, op: input.op } };
  },
});
