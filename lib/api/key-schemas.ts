import { z } from "zod";
import { isValidUscc, normalizeUscc } from "@/lib/checks/uscc";
import { requestTypeKeys } from "@/lib/request-types/registry";

const checked = (v: unknown) => v === "on" || v === "true" || v === true;

/**
 * What an admin grants a key. Messages are keys under `api.keys.errors` (or `enterprise.feedback`
 * for the USCC), so the form shows them in the admin's language.
 */
export const keyGrantSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  canWrite: z.preprocess(checked, z.boolean()),
  types: z
    .array(z.string())
    .min(1, { error: "types" })
    .refine((ts) => ts.every((t) => requestTypeKeys().includes(t)), { error: "choice" }),
  unitIds: z.array(z.string().min(1)).min(1, { error: "units" }),
  allEnterprises: z.preprocess(checked, z.boolean()),
  /** USCCs, one per line (or separated by commas or spaces). */
  enterpriseUsccs: z
    .string()
    .default("")
    .transform((s) => [
      ...new Set(
        s
          .split(/[\s,，;；]+/)
          .map(normalizeUscc)
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.every(isValidUscc), { error: "unknownEnterprise" }),
  rateLimit: z.coerce.number({ error: "number" }).int({ error: "number" }).min(1, { error: "positive" }).max(6000, { error: "tooLarge" }),
});

export type KeyGrantInput = z.infer<typeof keyGrantSchema>;
