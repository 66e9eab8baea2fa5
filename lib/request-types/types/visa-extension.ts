import { z } from "zod";
import { daysUntil, isVisaExpiryPlausible } from "@/lib/checks/dates";
import { isValidPassportNumber, normalizePassport } from "@/lib/checks/passport";
import { choice, country, day, text, whenValid } from "../field-schemas";
import { summaryLine } from "../summary-line";
import type { RequestTypeDef } from "../type-def";

const VISA_TYPES = ["Z", "M", "F", "R", "S", "Q", "X", "L"] as const;
const ACTIONS = ["EXTEND", "RENEW", "REPLACE"] as const;

const base = z.object({
  employeeName: text(100),
  // A Chinese citizen holds no Chinese visa: this form is for foreign employees.
  nationality: country().refine((c) => c !== "CHN", { error: "nationalityForeign" }),
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
  // What people read about this type, in both languages: its name, a sentence for the picker, and each field's label, help and options.
  messages: {
    "zh-CN": {
      label: "外国人签证延期/换发",
      description: "外籍员工的签证或居留许可即将到期，需要延期、换发或转入新护照。",
      fields: {
        employeeName: {
          label: "员工姓名",
          help: "与护照一致",
        },
        nationality: {
          label: "国籍",
        },
        passportNumber: {
          label: "护照号码",
        },
        visaType: {
          label: "签证种类",
          options: {
            Z: "Z 字（工作）",
            M: "M 字（商贸）",
            F: "F 字（交流访问）",
            R: "R 字（人才）",
            S: "S 字（私人事务）",
            Q: "Q 字（团聚）",
            X: "X 字（学习）",
            L: "L 字（旅游）",
          },
        },
        expiryDate: {
          label: "当前有效期至",
        },
        action: {
          label: "办理事项",
          options: {
            EXTEND: "延期",
            RENEW: "换发",
            REPLACE: "补发/转入新护照",
          },
        },
        reason: {
          label: "申请事由",
        },
      },
    },
    en: {
      label: "Foreigner visa extension / renewal",
      description: "A foreign employee's visa or residence permit runs out and needs extending, renewing or moving to a new passport.",
      fields: {
        employeeName: {
          label: "Employee name",
          help: "As in the passport",
        },
        nationality: {
          label: "Nationality",
        },
        passportNumber: {
          label: "Passport number",
        },
        visaType: {
          label: "Visa type",
          options: {
            Z: "Z (work)",
            M: "M (business)",
            F: "F (exchange visit)",
            R: "R (talent)",
            S: "S (private affairs)",
            Q: "Q (family reunion)",
            X: "X (study)",
            L: "L (tourism)",
          },
        },
        expiryDate: {
          label: "Currently valid until",
        },
        action: {
          label: "What is needed",
          options: {
            EXTEND: "Extend",
            RENEW: "Renew",
            REPLACE: "Replace / move to new passport",
          },
        },
        reason: {
          label: "Reason",
        },
      },
    },
  },
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
    base
      .superRefine(
        (v, ctx) => {
          // The passport series depends on the nationality (Chinese numbers have a fixed shape), when one is chosen.
          if (!isValidPassportNumber(v.passportNumber, typeof v.nationality === "string" ? v.nationality : undefined)) {
            ctx.addIssue({ code: "custom", path: ["passportNumber"], message: "passport" });
          }
        },
        whenValid(base, "passportNumber"),
      )
      .superRefine(
        (v, ctx) => {
          if (!isVisaExpiryPlausible(v.expiryDate, now)) ctx.addIssue({ code: "custom", path: ["expiryDate"], message: "expiryImplausible" });
        },
        whenValid(base, "expiryDate"),
      ),
  unit: { kind: "unit", code: "EXIT_ENTRY" },
  sla: { firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 5, unit: "workingDays" } },
  summary: (d) => summaryLine(d.employeeName, d.nationality, d.visaType),
  searchable: ["employeeName"],
  priority: (d, { now }) => (daysUntil(d.expiryDate, now) <= 7 ? "URGENT" : "NORMAL"),
};
