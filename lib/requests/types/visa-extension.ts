import { z } from "zod";
import { daysUntil, isValidDay, isVisaExpiryPlausible } from "@/lib/checks/dates";
import { isValidPassportNumber, normalizePassport } from "@/lib/checks/passport";
import { choice, country, day, text } from "../field-schemas";
import type { RequestTypeDef } from "../type-def";

const VISA_TYPES = ["Z", "M", "F", "R", "S", "Q", "X", "L"] as const;
const ACTIONS = ["EXTEND", "RENEW", "REPLACE"] as const;

const base = z.object({
  employeeName: text(100),
  nationality: country(),
  passportNumber: text(20).transform(normalizePassport),
  visaType: choice(VISA_TYPES),
  expiryDate: day(),
  action: choice(ACTIONS),
  reason: text(2000),
});

export type VisaExtension = z.infer<typeof base>;

/** 外国人签证延期/换发 for a foreign employee; handled by the Exit-Entry Administration. */
export const visaExtension: RequestTypeDef<VisaExtension> = {
  key: "VISA_EXTENSION",
  fields: [
    { name: "employeeName", kind: "text", maxLength: 100 },
    { name: "nationality", kind: "country" },
    { name: "passportNumber", kind: "text", sensitive: true, maxLength: 20 },
    { name: "visaType", kind: "select", options: VISA_TYPES },
    { name: "expiryDate", kind: "date" },
    { name: "action", kind: "select", options: ACTIONS },
    { name: "reason", kind: "textarea", maxLength: 2000 },
  ],
  schema: (now) =>
    base.superRefine((v, ctx) => {
      // The passport series depends on the nationality (Chinese numbers have a fixed shape).
      if (!isValidPassportNumber(v.passportNumber, v.nationality)) {
        ctx.addIssue({ code: "custom", path: ["passportNumber"], message: "passport" });
      }
      if (isValidDay(v.expiryDate) && !isVisaExpiryPlausible(v.expiryDate, now)) ctx.addIssue({ code: "custom", path: ["expiryDate"], message: "expiryImplausible" });
    }),
  unit: { kind: "unit", code: "EXIT_ENTRY" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 5, unit: "workingDays" } },
  priority: (d, { now }) => (daysUntil(d.expiryDate, now) <= 7 ? "URGENT" : "NORMAL"),
};
