"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { setPasswordWithLink } from "@/lib/account/set-password";

const schema = z
  .object({ token: z.string().max(200), password: z.string().min(1, "required"), confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

/** Public: the link itself is the proof. The token is checked, used once, and never echoed back. */
export const setPasswordAction = formAction({
  name: "account.setPassword",
  roles: "anyone",
  schema,
  omit: ["token"],
  run: async ({ input }) => {
    await setPasswordWithLink(input.token, input.password, new Date());
    return { message: "passwordSet" };
  },
});
