import { z } from "zod";
import { daysUntil, isDepartureAfterToday, isValidDay } from "@/lib/checks/dates";
import { isValidResidentId, normalizeResidentId } from "@/lib/checks/resident-id";
import { choice, country, day, text } from "../field-schemas";
import type { RequestTypeDef } from "../type-def";

const PURPOSES = ["TRADE_FAIR", "PROCUREMENT", "BUSINESS", "OTHER"] as const;

const base = z.object({
  employeeName: text(100),
  residentId: text(30).transform(normalizeResidentId),
  destinationCountry: country().refine((c) => c !== "CHN", { error: "destinationAbroad" }),
  purpose: choice(PURPOSES),
  departureDate: day(),
});

export type PassportExpedite = z.infer<typeof base>;

/** 护照加急办理 for staff travelling abroad (trade fairs, procurement); handled by Exit-Entry. */
export const passportExpedite: RequestTypeDef<PassportExpedite> = {
  key: "PASSPORT_EXPEDITE",
  fields: [
    { name: "employeeName", kind: "text", maxLength: 100 },
    { name: "residentId", kind: "text", sensitive: true, maxLength: 18 },
    { name: "destinationCountry", kind: "country" },
    { name: "purpose", kind: "select", options: PURPOSES },
    { name: "departureDate", kind: "date" },
  ],
  schema: (now) =>
    base.superRefine((v, ctx) => {
      if (!isValidResidentId(v.residentId, now)) ctx.addIssue({ code: "custom", path: ["residentId"], message: "residentId" });
      if (isValidDay(v.departureDate) && !isDepartureAfterToday(v.departureDate, now)) ctx.addIssue({ code: "custom", path: ["departureDate"], message: "departurePast" });
    }),
  unit: { kind: "unit", code: "EXIT_ENTRY" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 3, unit: "workingDays" } },
  // Whitelisted enterprises come first among the cases that are not urgent anyway.
  priority: (d, { now, enterprise }) =>
    daysUntil(d.departureDate, now) <= 10 ? "URGENT" : enterprise.whitelisted ? "HIGH" : "NORMAL",
};
