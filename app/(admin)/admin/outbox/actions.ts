"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { retryOutbox } from "@/lib/admin/outbox";
import { handleForm, type FormState } from "@/lib/forms/form-state";

export async function retryAction(outboxId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, z.object({}), async () => {
    await retryOutbox(principal, outboxId);
    revalidatePath("/admin/outbox");
    return { message: "retryQueued" };
  });
}
