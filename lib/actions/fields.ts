import { z } from "zod";

/** The id of a record a form acts on (a hidden field): present and of a sane length, else the form is invalid. */
export const recordId = z.string().min(1).max(40);

/** An unchecked checkbox is simply absent from the form. */
export const checkbox = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");
