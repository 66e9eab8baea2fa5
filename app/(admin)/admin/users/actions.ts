"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/pipeline";
import { changeStaffRole, createStaffUser, sendPasswordLink, setUserActive } from "@/lib/admin/user-changes";
import { changeRoleSchema, createStaffSchema } from "@/lib/admin/user-schemas";
import { appOrigin } from "@/lib/http/origin";
import { recordId } from "@/lib/actions/fields";

const userId = { userId: recordId };
const userPath = ({ userId }: { userId: string }) => [`/admin/users/${userId}`];

export const createUserAction = formAction({
  name: "admin.createUser",
  roles: ["ADMIN"],
  schema: createStaffSchema,
  revalidate: () => ["/admin/users"],
  // The link is shown once, here, for the admin to hand over; it is also queued as an email.
  run: async ({ principal, input }) => {
    const { link } = await createStaffUser(principal, input, new Date(), appOrigin());
    return { message: "userCreated", link };
  },
});

export const changeRoleAction = formAction({
  name: "admin.changeRole",
  roles: ["ADMIN"],
  schema: changeRoleSchema.extend(userId),
  omit: ["userId"],
  revalidate: userPath,
  run: async ({ principal, input: { userId, ...data } }) => {
    await changeStaffRole(principal, userId, data);
    return { message: "roleChanged", values: { role: data.role, unitId: data.unitId ?? "" } };
  },
});

export const setActiveAction = formAction({
  name: "admin.setActive",
  roles: ["ADMIN"],
  schema: z.object({ ...userId, active: z.enum(["true", "false"]) }),
  omit: ["userId"],
  revalidate: userPath,
  run: async ({ principal, input }) => {
    await setUserActive(principal, input.userId, input.active === "true");
    return { message: input.active === "true" ? "enabled" : "disabled" };
  },
});

export const sendLinkAction = formAction({
  name: "admin.sendLink",
  roles: ["ADMIN"],
  schema: z.object(userId),
  omit: ["userId"],
  revalidate: userPath,
  run: async ({ principal, input }) => {
    const { link } = await sendPasswordLink(principal, input.userId, new Date(), appOrigin());
    return { message: "linkSent", link };
  },
});
