import { z } from "zod";

// Message keys under `admin.errors`.
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,29}$/, "code");
const name = z.string().trim().min(1, "required").max(100, "tooLong");
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined);

export const townshipSchema = z.object({ code, nameZh: name, nameEn: name });
export type TownshipInput = z.infer<typeof townshipSchema>;

export const renameTownshipSchema = z.object({ townshipId: z.string().trim().min(1, "required"), nameZh: name, nameEn: name });
export type RenameTownshipInput = z.infer<typeof renameTownshipSchema>;

export const createUnitSchema = z
  .object({ code, kind: z.enum(["TOWNSHIP", "BUREAU"], "required"), nameZh: name, nameEn: name, townshipId: optionalId })
  .superRefine((v, ctx) => {
    if (v.kind === "TOWNSHIP" && !v.townshipId) ctx.addIssue({ code: "custom", path: ["townshipId"], message: "townshipRequired" });
  });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({ nameZh: name, nameEn: name, townshipId: optionalId });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const moveCaseSchema = z.object({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^YW-\d{4}-\d{6}$/, "reference"),
  unitId: z.string().trim().min(1, "required"),
  reason: z.string().trim().min(1, "required").max(1000, "tooLong"),
});
export type MoveCaseInput = z.infer<typeof moveCaseSchema>;
