import { z } from "zod";
import { optionalMobile } from "@/lib/account/profile";

// Message keys under `admin.errors`, so the form shows them in the person's language.
export const STAFF_ROLES_MANAGED = ["OFFICER", "LEAD", "ADMIN"] as const;

const unitForRole = <T extends { role: string; unitId?: string | undefined }>(v: T, ctx: z.RefinementCtx) => {
  if (v.role !== "ADMIN" && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "unitRequired" });
};

export const createStaffSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("email").max(200, "tooLong")),
    name: z.string().trim().min(1, "required").max(100, "tooLong"),
    phone: optionalMobile.optional(),
    role: z.enum(STAFF_ROLES_MANAGED, "required"),
    unitId: z
      .string()
      .trim()
      .optional()
      .transform((s) => s || undefined),
  })
  .superRefine(unitForRole);
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const changeRoleSchema = z
  .object({
    role: z.enum(STAFF_ROLES_MANAGED, "required"),
    unitId: z
      .string()
      .trim()
      .optional()
      .transform((s) => s || undefined),
  })
  .superRefine(unitForRole);
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
