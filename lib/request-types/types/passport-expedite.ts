import { z } from "zod";
import { DEPARTURE_HORIZON_DAYS, daysUntil, isDayWithin, isDepartureAfterToday } from "@/lib/checks/dates";
import { isValidResidentId, normalizeResidentId } from "@/lib/checks/resident-id";
import { choice, country, day, text, whenValid } from "../field-schemas";
import { summaryLine } from "../summary-line";
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
  // What people read about this type, in both languages: its name, a sentence for the picker, and each field's label, help and options.
  messages: {
    "zh-CN": {
      label: "护照加急办理",
      description: "员工需要出国参加展会、采购或商务活动，出发日期临近，需要加急办理护照。",
      fields: {
        employeeName: {
          label: "员工姓名",
        },
        residentId: {
          label: "居民身份证号码",
          help: "18 位，末位可能是 X",
        },
        destinationCountry: {
          label: "前往国家",
        },
        purpose: {
          label: "出国事由",
          options: {
            TRADE_FAIR: "参加展会",
            PROCUREMENT: "采购",
            BUSINESS: "商务洽谈",
            OTHER: "其他",
          },
        },
        departureDate: {
          label: "出发日期",
        },
      },
    },
    en: {
      label: "Expedited passport",
      description: "Staff must travel abroad soon for a trade fair, procurement or business and need a passport fast.",
      fields: {
        employeeName: {
          label: "Employee name",
        },
        residentId: {
          label: "Resident ID number",
          help: "18 characters; the last may be X",
        },
        destinationCountry: {
          label: "Destination country",
        },
        purpose: {
          label: "Purpose of travel",
          options: {
            TRADE_FAIR: "Trade fair",
            PROCUREMENT: "Procurement",
            BUSINESS: "Business meetings",
            OTHER: "Other",
          },
        },
        departureDate: {
          label: "Departure date",
        },
      },
    },
  },
  fields: [
    { name: "employeeName", kind: "text", maxLength: 100 },
    { name: "residentId", kind: "text", sensitive: true, maxLength: 18 },
    { name: "destinationCountry", kind: "country" },
    { name: "purpose", kind: "select", options: PURPOSES },
    { name: "departureDate", kind: "date" },
  ],
  schema: (now) =>
    base
      .superRefine(
        (v, ctx) => {
          if (!isValidResidentId(v.residentId, now)) ctx.addIssue({ code: "custom", path: ["residentId"], message: "residentId" });
        },
        whenValid(base, "residentId"),
      )
      .superRefine(
        (v, ctx) => {
          if (!isDepartureAfterToday(v.departureDate, now)) ctx.addIssue({ code: "custom", path: ["departureDate"], message: "departurePast" });
          else if (!isDayWithin(v.departureDate, now, DEPARTURE_HORIZON_DAYS))
            ctx.addIssue({ code: "custom", path: ["departureDate"], message: "departureFar" });
        },
        whenValid(base, "departureDate"),
      ),
  unit: { kind: "unit", code: "EXIT_ENTRY" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 3, unit: "workingDays" } },
  summary: (d) => summaryLine(summaryLine.words(d.employeeName, d.destinationCountry && `→ ${d.destinationCountry}`)),
  searchable: ["employeeName"],
  // Whitelisted enterprises come first among the cases that are not urgent anyway.
  priority: (d, { now, enterprise }) => (daysUntil(d.departureDate, now) <= 10 ? "URGENT" : enterprise.whitelisted ? "HIGH" : "NORMAL"),
};
