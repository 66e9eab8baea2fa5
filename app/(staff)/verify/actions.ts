"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { recordId } from "@/lib/actions/fields";
import { decideRegistration } from "@/lib/enterprises/verification";

const decision = z.discriminatedUnion("decision", [
  z.object({ enterpriseId: recordId, decision: z.literal("verify") }),
  z.object({ enterpriseId: recordId, decision: z.literal("reject"), reason: z.string().optional().default("") }),
]);

/** Verify or reject a pending registration of the officer's township (admins: any). */
export const decideRegistrationAction = formAction({
  name: "verify.decide",
  roles: ["OFFICER", "LEAD", "ADMIN"],
  schema: decision,
  revalidate: () => ["/verify"],
  run: async ({ principal, input: { enterpriseId, ...d } }) => {
    await decideRegistration(principal, enterpriseId, d);
    // The decided company leaves the list (and its form with it), so the page itself says what happened.
    return { redirect: `/verify?done=${d.decision === "verify" ? "verified" : "rejected"}` };
  },
});
