"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { sendPasswordLink } from "@/lib/admin/password-link";
import { changeStaffRole, createStaffUser, setUserActive } from "@/lib/admin/user-changes";
import { changeRoleSchema, createStaffSchema } from "@/lib/admin/user-schemas";
import { handleForm, type FormState } from "@/lib/forms/form-state";
import { appOrigin } from "@/lib/http/origin";

const activeSchema = z.object({ active: z.enum(["true", "false"]) });
const nothing = z.object({});

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, createStaffSchema, async (data) => {
    const { link } = await createStaffUser(principal, data, new Date(), appOrigin());
    revalidatePath("/admin/users");
    // The link is shown once, here, for the admin to hand over; it is also queued as an email.
    return { message: "userCreated", link };
  });
}

export async function changeRoleAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, changeRoleSchema, async (data) => {
    await changeStaffRole(principal, userId, data);
    revalidatePath(`/admin/users/${userId}`);
    return { message: "roleChanged", values: { role: data.role, unitId: data.unitId ?? "" } };
  });
}

export async function setActiveAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, activeSchema, async ({ active }) => {
    await setUserActive(principal, userId, active === "true");
    revalidatePath(`/admin/users/${userId}`);
    return { message: active === "true" ? "enabled" : "disabled" };
  });
}

export async function sendLinkAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, nothing, async () => {
    const { link } = await sendPasswordLink(principal, userId, new Date(), appOrigin());
    revalidatePath(`/admin/users/${userId}`);
    return { message: "linkSent", link };
  });
}
