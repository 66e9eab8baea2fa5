"use server";

import { formAction } from "@/lib/actions/pipeline";
import { appOrigin } from "@/lib/http/origin";
import { createInvitation } from "@/lib/enterprises/invitations";
import { updateContactPreference } from "@/lib/enterprises/profile";
import { contactPreferenceSchema, invitationSchema } from "@/lib/enterprises/schemas";

export const saveContactPreferenceAction = formAction({
  name: "enterprise.contactPreference",
  roles: ["ENTERPRISE"],
  schema: contactPreferenceSchema,
  revalidate: () => ["/enterprise"],
  run: async ({ principal, input }) => {
    await updateContactPreference(principal, input);
    return { message: "saved" };
  },
});

/** Creates a colleague's invitation; the link comes back once so the inviter can pass it on. */
export const inviteColleagueAction = formAction({
  name: "enterprise.invite",
  roles: ["ENTERPRISE"],
  schema: invitationSchema,
  revalidate: () => ["/enterprise"],
  run: async ({ principal, input }) => {
    const { link } = await createInvitation(principal, input.email, appOrigin());
    return { link };
  },
});
