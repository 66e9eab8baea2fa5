"use server";

import { signIn } from "@/lib/auth/auth";
import { formAction } from "@/lib/actions/pipeline";
import { registerEnterprise } from "@/lib/enterprises/register";
import { registrationSchema } from "@/lib/enterprises/schemas";

/** Anonymous: registers the company and its first account, then signs the person in. */
export const registerAction = formAction({
  name: "auth.register",
  roles: "anyone",
  schema: registrationSchema,
  run: async ({ input }) => {
    await registerEnterprise(input);
    // The account exists now; signing in cannot meet a wrong password, and any other failure is unexpected.
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    return { redirect: "/requests" };
  },
});
