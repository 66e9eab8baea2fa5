"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { clientAddress } from "@/lib/http/client-address";
import { db } from "@/lib/db";
import { smsProviderFromEnv } from "@/lib/notifications/sms/from-env";
import { sendTrackCode } from "@/lib/track/sms-code";
import { checkStatus, type TrackView } from "@/lib/track/status-check";

const schema = z.object({
  reference: z.string().trim().min(1, "required").max(40, "tooLong"),
  // The contact mobile's last four digits, or a six-digit code texted to it.
  digits: z
    .string()
    .trim()
    .regex(/^\d{4}(?:\d{2})?$/, "digits"),
});

export type TrackAnswer = { view?: TrackView; retryAfterSeconds?: number };

export const trackAction = formAction<typeof schema, "anyone", TrackAnswer>({
  name: "track.check",
  roles: "anyone",
  schema,
  // The digits are a key to the case: never echoed back into the page.
  omit: ["digits"],
  run: async ({ input }) => {
    const result = await checkStatus(db, { ...input, client: clientAddress(await headers()) });
    if (result.found) return { result: { view: result.view } };
    return { message: result.retryAfterSeconds > 0 ? "wait" : "notFound", result: { retryAfterSeconds: result.retryAfterSeconds } };
  },
});

export const sendCodeAction = formAction<z.ZodObject<{ reference: z.ZodString }>, "anyone", { retryAfterSeconds?: number }>({
  name: "track.sendCode",
  roles: "anyone",
  schema: z.object({ reference: z.string().trim().min(1, "required").max(40, "tooLong") }),
  run: async ({ input }) => {
    const sms = smsProviderFromEnv();
    if (sms.name === "log") return { message: "noProvider" };
    const result = await sendTrackCode(db, sms, { reference: input.reference, client: clientAddress(await headers()) });
    if (result.ok) return { message: "codeSent" };
    return { message: "wait", result: { retryAfterSeconds: result.retryAfterSeconds } };
  },
});
