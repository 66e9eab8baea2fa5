"use server";

import { formAction } from "@/lib/actions/pipeline";
import { registerOrTellOwner } from "@/lib/enterprises/register";
import { registrationSchema } from "@/lib/enterprises/schemas";
import { appOrigin } from "@/lib/http/origin";

/**
 * Anonymous: registers the company and its first account, then sends the person to sign in. An email that
 * already has an account gets the same answer (its owner is told by email), so the form reveals nobody.
 * Not signed in here: a session for a new address and none for a taken one would tell them apart.
 */
export const registerAction = formAction({
  name: "auth.register",
  roles: "anyone",
  schema: registrationSchema,
  run: async ({ input }) => {
    await registerOrTellOwner(input, appOrigin());
    return { redirect: "/login?registered=1" };
  },
});
