"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { moveCase } from "@/lib/admin/move-case";
import { createTownship, createUnit, renameTownship, updateUnit } from "@/lib/admin/units";
import { createUnitSchema, moveCaseSchema, renameTownshipSchema, townshipSchema, updateUnitSchema } from "@/lib/admin/unit-schemas";
import { handleForm, type FormState } from "@/lib/forms/form-state";

export async function createTownshipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, townshipSchema, async (data) => {
    await createTownship(principal, data);
    revalidatePath("/admin/units");
    return { message: "townshipCreated" };
  });
}

export async function renameTownshipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, renameTownshipSchema, async (data) => {
    await renameTownship(principal, data);
    revalidatePath("/admin/units");
    return { message: "townshipRenamed" };
  });
}

export async function createUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, createUnitSchema, async (data) => {
    await createUnit(principal, data);
    revalidatePath("/admin/units");
    return { message: "unitCreated" };
  });
}

export async function updateUnitAction(unitId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, updateUnitSchema, async (data) => {
    await updateUnit(principal, unitId, data);
    revalidatePath("/admin/units");
    revalidatePath(`/admin/units/${unitId}`);
    return { message: "unitUpdated", values: { nameZh: data.nameZh, nameEn: data.nameEn, townshipId: data.townshipId ?? "" } };
  });
}

export async function moveCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const principal = await requireRole("ADMIN");
  return handleForm(formData, moveCaseSchema, async (data) => {
    await moveCase(principal, data.reference, data.unitId, data.reason, new Date());
    revalidatePath("/admin/units");
    return { message: "caseMoved" };
  });
}
