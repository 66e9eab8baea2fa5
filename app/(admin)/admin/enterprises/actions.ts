"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { checkbox, recordId } from "@/lib/actions/fields";
import { setEnterpriseFlags, setEnterpriseLiaison } from "@/lib/admin/enterprise-changes";

const enterprisePath = ({ enterpriseId }: { enterpriseId: string }) => [`/admin/enterprises/${enterpriseId}`];

export const flagsAction = formAction({
  name: "admin.enterpriseFlags",
  roles: ["LEAD", "ADMIN"],
  schema: z.object({ enterpriseId: recordId, whitelisted: checkbox, aboveScale: checkbox }),
  omit: ["enterpriseId"],
  revalidate: enterprisePath,
  run: async ({ principal, input: { enterpriseId, ...flags } }) => {
    await setEnterpriseFlags(principal, enterpriseId, flags);
    return { message: "flagsSaved" };
  },
});

export const liaisonAction = formAction({
  name: "admin.enterpriseLiaison",
  roles: ["LEAD", "ADMIN"],
  schema: z.object({
    enterpriseId: recordId,
    liaisonId: z
      .string()
      .trim()
      .max(40)
      .transform((s) => s || null),
  }),
  omit: ["enterpriseId"],
  revalidate: enterprisePath,
  run: async ({ principal, input: { enterpriseId, liaisonId } }) => {
    await setEnterpriseLiaison(principal, enterpriseId, liaisonId);
    return { message: "liaisonSaved", values: { liaisonId: liaisonId ?? "" } };
  },
});
