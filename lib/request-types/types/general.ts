import { z } from "zod";
import { description, text } from "../field-schemas";
import { summaryLine } from "../summary-line";
import type { RequestTypeDef } from "../type-def";

const schema = z.object({ subject: text(120), description: description(4000) });

export type General = z.infer<typeof schema>;

/** 其他需求: anything else, to the team of the enterprise's township. */
export const general: RequestTypeDef<General> = {
  key: "GENERAL",
  // What people read about this type, in both languages: its name, a sentence for the picker, and each field's label, help and options.
  messages: {
    "zh-CN": {
      label: "其他需求",
      description: "复工复产中遇到的其他困难，由所在镇街助企服务团受理。",
      fields: {
        subject: {
          label: "需求标题",
        },
        description: {
          label: "具体说明",
          help: "请说明遇到的问题和希望得到的帮助",
        },
      },
    },
    en: {
      label: "Other need",
      description: "Any other difficulty in restarting work, handled by your township's enterprise service team.",
      fields: {
        subject: {
          label: "Subject",
        },
        description: {
          label: "Description",
          help: "What is the problem, and what help do you need?",
        },
      },
    },
  },
  fields: [
    { name: "subject", kind: "text", maxLength: 120 },
    { name: "description", kind: "textarea", maxLength: 4000 },
  ],
  schema: () => schema,
  unit: { kind: "ownTownship" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 7, unit: "workingDays" } },
  summary: (d) => summaryLine(d.subject),
  searchable: ["subject"],
  priority: () => "NORMAL",
};
