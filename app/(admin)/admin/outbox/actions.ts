"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { recordId } from "@/lib/actions/fields";
import { retryOutbox } from "@/lib/admin/outbox";

export const retryAction = formAction({
  name: "admin.retryOutbox",
  roles: ["ADMIN"],
  schema: z.object({ outboxId: recordId }),
  revalidate: () => ["/admin/outbox"],
  run: async ({ principal, input }) => {
    await retryOutbox(principal, input.outboxId);
    return { message: "retryQueued" };
  },
});
