"use server";

import { formAction } from "@/lib/actions/pipeline";
import { recordId } from "@/lib/actions/fields";
import { moveCase } from "@/lib/admin/move-case";
import { createTownship, createUnit, renameTownship, updateUnit } from "@/lib/admin/units";
import { createUnitSchema, moveCaseSchema, renameTownshipSchema, townshipSchema, updateUnitSchema } from "@/lib/admin/unit-schemas";

const units = () => ["/admin/units"];

export const createTownshipAction = formAction({
  name: "admin.createTownship",
  roles: ["ADMIN"],
  schema: townshipSchema,
  revalidate: units,
  run: async ({ principal, input }) => {
    await createTownship(principal, input);
    return { message: "townshipCreated" };
  },
});

export const renameTownshipAction = formAction({
  name: "admin.renameTownship",
  roles: ["ADMIN"],
  schema: renameTownshipSchema,
  revalidate: units,
  run: async ({ principal, input }) => {
    await renameTownship(principal, input);
    return { message: "townshipRenamed" };
  },
});

export const createUnitAction = formAction({
  name: "admin.createUnit",
  roles: ["ADMIN"],
  schema: createUnitSchema,
  revalidate: units,
  run: async ({ principal, input }) => {
    await createUnit(principal, input);
    return { message: "unitCreated" };
  },
});

export const updateUnitAction = formAction({
  name: "admin.updateUnit",
  roles: ["ADMIN"],
  schema: updateUnitSchema.extend({ unitId: recordId }),
  omit: ["unitId"],
  revalidate: ({ unitId }) => ["/admin/units", `/admin/units/${unitId}`],
  run: async ({ principal, input: { unitId, ...data } }) => {
    await updateUnit(principal, unitId, data);
    return { message: "unitUpdated", values: { nameZh: data.nameZh, nameEn: data.nameEn, townshipId: data.townshipId ?? "" } };
  },
});

export const moveCaseAction = formAction({
  name: "admin.moveCase",
  roles: ["ADMIN"],
  schema: moveCaseSchema,
  revalidate: units,
  run: async ({ principal, input }) => {
    await moveCase(principal, input.reference, input.unitId, input.reason, new Date());
    return { message: "caseMoved" };
  },
});
