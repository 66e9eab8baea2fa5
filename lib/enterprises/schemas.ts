// What enterprise staff type into registration, invitation and profile forms. Messages are keys under
// `enterprise.errors`; the same schemas run in the server action and in the domain function.
import { z } from "zod";
import { isValidUscc, normalizeUscc } from "@/lib/checks/uscc";
import { checkNewPassword } from "@/lib/account/password-policy";
import { mobile, text } from "@/lib/request-types/field-schemas";
import { CONTACT_CHANNELS } from "./contact-channels";

export { CONTACT_CHANNELS };

const PASSWORD_ERRORS = { tooShort: "passwordTooShort", tooLong: "passwordTooLong", common: "passwordCommon", contextual: "passwordContextual" } as const;

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((s) => (s ? s : null));
}

/** A checkbox: form data sends "on" or nothing; domain callers pass a boolean. */
const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const email = () =>
  z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(200, { error: "tooLong" })
    .pipe(z.email({ error: "email" }));

/** A new password, judged by the NIST policy with the account's email and name as context. */
function withPasswordCheck<T extends { email: string; name: string; password: string }>(schema: z.ZodType<T>) {
  // Judged as soon as a password is there, beside the other fields' errors (not after they are all fixed).
  return schema.superRefine(
    (v, ctx) => {
      const problem = checkNewPassword(v.password, { email: typeof v.email === "string" ? v.email : "", name: typeof v.name === "string" ? v.name : "" });
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_ERRORS[problem] });
    },
    { when: (payload) => typeof (payload.value as { password?: unknown } | null)?.password === "string" },
  );
}

export const registrationSchema = withPasswordCheck(
  z.object({
    companyName: text(100),
    uscc: text(30).transform(normalizeUscc).refine(isValidUscc, { error: "uscc" }),
    townshipId: text(40),
    park: optionalText(100),
    address: text(200),
    contactName: text(50),
    contactPhone: mobile(),
    whitelisted: checkbox(),
    aboveScale: checkbox(),
    name: text(50),
    email: email(),
    password: z.string({ error: "required" }),
  }),
);
export type Registration = z.infer<typeof registrationSchema>;

export const invitationSchema = z.object({ email: email() });

/** The invitee's own part: the email comes from the invitation. */
export const acceptInvitationSchema = z.object({ name: text(50), password: z.string({ error: "required" }) });

export const contactPreferenceSchema = z.object({
  contactChannel: z.enum(CONTACT_CHANNELS, { error: "choice" }),
  contactHours: optionalText(100),
  onsiteWelcome: checkbox(),
  urgentTextsAnyHour: checkbox(),
  contactName: text(50),
  contactPhone: mobile(),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, { error: "tooLong" })
    .optional()
    .transform((s) => (s ? s : null))
    .pipe(z.email({ error: "email" }).nullable()),
});
export type ContactPreference = z.infer<typeof contactPreferenceSchema>;

/** Judges a new password for an invitee (whose email is known only from the invitation). */
export function passwordError(password: string, context: { email: string; name: string }): string | null {
  const problem = checkNewPassword(password, context);
  return problem ? PASSWORD_ERRORS[problem] : null;
}
