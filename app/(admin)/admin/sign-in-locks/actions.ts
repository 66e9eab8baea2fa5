"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { liftSignInLock } from "@/lib/admin/sign-in-locks";

export const liftLockAction = formAction({
  name: "admin.liftSignInLock",
  roles: ["ADMIN"],
  schema: z.object({ lockKey: z.string().min(1).max(400) }),
  revalidate: () => ["/admin/sign-in-locks"],
  run: async ({ principal, input }) => {
    await liftSignInLock(principal, input.lockKey);
    return { message: "lockLifted" };
  },
});
