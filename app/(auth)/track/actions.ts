"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import { checkStatus, type TrackView } from "@/lib/track/status-check";

const schema = z.object({
  reference: z.string().trim().min(1, "required").max(40, "tooLong"),
  digits: z.string().trim().regex(/^\d{4}$/, "digits"),
});

export type TrackAnswer = { view?: TrackView; retryAfterSeconds?: number };

export const trackAction = formAction<typeof schema, "anyone", TrackAnswer>({
  name: "track.check",
  roles: "anyone",
  schema,
  // The digits are a key to the case: never echoed back into the page.
  omit: ["digits"],
  run: async ({ input }) => {
    const h = await headers();
    // Only a second line of defence (the header can be forged); the per-reference count is the real one.
    const client = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
    const result = await checkStatus(db, { ...input, client });
    if (result.found) return { result: { view: result.view } };
    return { message: result.retryAfterSeconds > 0 ? "wait" : "notFound", result: { retryAfterSeconds: result.retryAfterSeconds } };
  },
});
