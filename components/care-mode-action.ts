"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { plainAction } from "@/lib/actions/pipeline";
import { CARE_COOKIE } from "@/lib/i18n/care-mode";

/** Anyone turns 适老化 mode on or off for this browser, kept like the language choice. */
export const setCareModeAction = plainAction({
  name: "session.setCareMode",
  roles: "anyone",
  schema: z.object({ care: z.enum(["on", "off"]) }),
  revalidate: () => [{ layout: "/" }],
  run: async ({ input: { care } }) => {
    (await cookies()).set(CARE_COOKIE, care, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  },
});
