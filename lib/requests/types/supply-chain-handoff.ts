import { z } from "zod";
import { isArrivalWindowValid } from "@/lib/checks/dates";
import { dateTime, flag, mobile, plate, positiveNumber, text } from "../field-schemas";
import type { RequestTypeDef } from "../type-def";

const DAY_MS = 24 * 60 * 60 * 1000;

const base = z.object({
  goods: text(200),
  quantity: positiveNumber(10_000_000),
  quantityUnit: text(20),
  originProvince: text(20),
  originCity: text(40),
  supplierName: text(100),
  supplierContact: mobile(),
  carrierPlate: plate(),
  driverPhone: mobile(),
  handoffPoint: text(100),
  arrivalFrom: dateTime(),
  arrivalTo: dateTime(),
  disinfection: flag(),
  receivingPlate: plate(),
  destination: text(200),
});

export type SupplyChainHandoff = z.infer<typeof base>;

/** 供应链物资接驳: goods from another province handed over at the city's edge to a local vehicle. */
export const supplyChainHandoff: RequestTypeDef<SupplyChainHandoff> = {
  key: "SUPPLY_CHAIN_HANDOFF",
  fields: [
    { name: "goods", kind: "text", maxLength: 200 },
    { name: "quantity", kind: "number" },
    { name: "quantityUnit", kind: "text", maxLength: 20 },
    { name: "originProvince", kind: "text", maxLength: 20 },
    { name: "originCity", kind: "text", maxLength: 40 },
    { name: "supplierName", kind: "text", maxLength: 100 },
    { name: "supplierContact", kind: "tel" },
    { name: "carrierPlate", kind: "plate" },
    { name: "driverPhone", kind: "tel" },
    { name: "handoffPoint", kind: "text", maxLength: 100 },
    { name: "arrivalFrom", kind: "datetime" },
    { name: "arrivalTo", kind: "datetime" },
    { name: "disinfection", kind: "checkbox" },
    { name: "receivingPlate", kind: "plate" },
    { name: "destination", kind: "text", maxLength: 200 },
  ],
  schema: (now) =>
    base.superRefine((v, ctx) => {
      // A time that is not a time already has its own message; judge the window only from real instants.
      const from = new Date(v.arrivalFrom);
      const to = new Date(v.arrivalTo);
      if (Number.isNaN(from.getTime())) return;
      const check = isArrivalWindowValid(from, to, now);
      if (check === "past") ctx.addIssue({ code: "custom", path: ["arrivalFrom"], message: "arrivalPast" });
      if (check === "order" && !Number.isNaN(to.getTime())) ctx.addIssue({ code: "custom", path: ["arrivalTo"], message: "arrivalOrder" });
    }),
  unit: { kind: "ownTownship" },
  // Goods on the road do not wait for Monday: clock hours.
  sla: { firstResponse: { amount: 2, unit: "hours" }, resolution: { amount: 24, unit: "hours" } },
  priority: (d, { now, enterprise }) =>
    enterprise.whitelisted || new Date(d.arrivalFrom).getTime() - now.getTime() <= DAY_MS ? "URGENT" : "NORMAL",
};
