import { z } from "zod";
import { description, text } from "../field-schemas";
import type { RequestTypeDef } from "../type-def";

const schema = z.object({ subject: text(120), description: description(4000) });

export type General = z.infer<typeof schema>;

/** 其他需求: anything else, to the team of the enterprise's township. */
export const general: RequestTypeDef<General> = {
  key: "GENERAL",
  fields: [
    { name: "subject", kind: "text", maxLength: 120 },
    { name: "description", kind: "textarea", maxLength: 4000 },
  ],
  schema: () => schema,
  unit: { kind: "ownTownship" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 7, unit: "workingDays" } },
  priority: () => "NORMAL",
};
