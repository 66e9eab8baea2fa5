"use server";

import { z } from "zod";
import { requestPasswordReset } from "@/lib/account/password-reset";
import { formAction } from "@/lib/actions/pipeline";
import { appOrigin } from "@/lib/http/origin";

const schema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "required", abort: true })
    .max(254, { error: "email" })
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "email" }),
});

/** Public: anyone may ask; the answer is the same whether or not the address has an account. */
export const requestResetAction = formAction({
  name: "auth.forgotPassword",
  roles: "anyone",
  schema,
  run: async ({ input }) => {
    await requestPasswordReset(input.email, new Date(), appOrigin());
    return { message: "resetSent" };
  },
});
