"use server";

import { signIn } from "@/lib/auth/auth";
import { formAction } from "@/lib/actions/pipeline";
import { acceptInvitation } from "@/lib/enterprises/invitations";
import { acceptInvitationSchema } from "@/lib/enterprises/schemas";
import { z } from "zod";

/** Anonymous: the invited colleague sets name and password, the link is spent, and they are signed in. */
export const acceptInvitationAction = formAction({
  name: "enterprise.acceptInvitation",
  roles: "anyone",
  schema: acceptInvitationSchema.extend({ token: z.string().max(200) }),
  omit: ["token"],
  run: async ({ input: { token, ...data } }) => {
    const { email } = await acceptInvitation(token, data);
    await signIn("credentials", { email, password: data.password, redirect: false });
    return { redirect: "/requests" };
  },
});
