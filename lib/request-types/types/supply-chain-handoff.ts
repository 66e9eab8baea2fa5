import { z } from "zod";
import { ARRIVAL_HORIZON_DAYS, isArrivalWindowValid, isInstantWithin } from "@/lib/checks/dates";
import { dateTime, flag, mobile, phone, plate, positiveNumber, text, whenValid } from "../field-schemas";
import { summaryLine } from "../summary-line";
import type { RequestTypeDef } from "../type-def";

const DAY_MS = 24 * 60 * 60 * 1000;

const base = z.object({
  goods: text(200),
  quantity: positiveNumber(10_000_000),
  quantityUnit: text(20),
  originProvince: text(20),
  originCity: text(40),
  supplierName: text(100),
  supplierContact: phone(),
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
  // What people read about this type, in both languages: its name, a sentence for the picker, and each field's label, help and options.
  messages: {
    "zh-CN": {
      label: "供应链物资接驳",
      description: "外省原材料或零部件运到义乌，需要在高速口等接驳点换车、消杀并送到厂区。",
      fields: {
        goods: {
          label: "物资名称",
          help: "例如：铝合金壳体毛坯、冷轧钢板",
        },
        quantity: {
          label: "数量",
        },
        quantityUnit: {
          label: "数量单位",
          help: "例如：吨、箱、件",
        },
        originProvince: {
          label: "始发省份",
        },
        originCity: {
          label: "始发城市",
        },
        supplierName: {
          label: "供货单位",
        },
        supplierContact: {
          label: "供货方联系电话",
          help: "手机号码，或固定电话（区号 + 号码，如 0579-85123456）",
        },
        carrierPlate: {
          label: "承运车辆车牌",
          help: "例如：苏E12345",
        },
        driverPhone: {
          label: "驾驶员手机号",
        },
        handoffPoint: {
          label: "接驳地点",
          help: "例如：义乌高速口",
        },
        arrivalFrom: {
          label: "预计到达（最早）",
          help: "北京时间",
        },
        arrivalTo: {
          label: "预计到达（最晚）",
          help: "北京时间，须晚于最早到达时间",
        },
        disinfection: {
          label: "需要消杀",
        },
        receivingPlate: {
          label: "本地接驳车辆车牌",
          help: "例如：浙G12345",
        },
        destination: {
          label: "送达地址",
        },
      },
    },
    en: {
      label: "Supply-chain handoff",
      description: "Raw materials or parts from another province need a handoff at the motorway exit, disinfection and delivery to your plant.",
      fields: {
        goods: {
          label: "Goods",
          help: "For example: aluminium housing blanks, cold-rolled steel",
        },
        quantity: {
          label: "Quantity",
        },
        quantityUnit: {
          label: "Unit of quantity",
          help: "For example: tonnes, boxes, pieces",
        },
        originProvince: {
          label: "Province of origin",
        },
        originCity: {
          label: "City of origin",
        },
        supplierName: {
          label: "Supplier",
        },
        supplierContact: {
          label: "Supplier's phone",
          help: "A mobile number, or a landline with its area code (e.g. 0579-85123456)",
        },
        carrierPlate: {
          label: "Carrier vehicle plate",
          help: "For example: 苏E12345",
        },
        driverPhone: {
          label: "Driver's mobile",
        },
        handoffPoint: {
          label: "Handoff point",
          help: "For example: Yiwu motorway exit (义乌高速口)",
        },
        arrivalFrom: {
          label: "Arrival, earliest",
          help: "Beijing time",
        },
        arrivalTo: {
          label: "Arrival, latest",
          help: "Beijing time, after the earliest arrival",
        },
        disinfection: {
          label: "Disinfection needed",
        },
        receivingPlate: {
          label: "Local receiving vehicle plate",
          help: "For example: 浙G12345",
        },
        destination: {
          label: "Delivery address",
        },
      },
    },
  },
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
    base.superRefine(
      (v, ctx) => {
        // A time that is not a time already has its own message; judge the window only from real instants.
        const from = new Date(v.arrivalFrom);
        const to = new Date(v.arrivalTo);
        if (Number.isNaN(from.getTime())) return;
        if (!isInstantWithin(from, now, ARRIVAL_HORIZON_DAYS)) ctx.addIssue({ code: "custom", path: ["arrivalFrom"], message: "arrivalFar" });
        if (!Number.isNaN(to.getTime()) && !isInstantWithin(to, now, ARRIVAL_HORIZON_DAYS))
          ctx.addIssue({ code: "custom", path: ["arrivalTo"], message: "arrivalFar" });
        const check = isArrivalWindowValid(from, to, now);
        if (check === "past") ctx.addIssue({ code: "custom", path: ["arrivalFrom"], message: "arrivalPast" });
        if (check === "order" && !Number.isNaN(to.getTime())) ctx.addIssue({ code: "custom", path: ["arrivalTo"], message: "arrivalOrder" });
      },
      whenValid(base, "arrivalFrom"),
    ),
  unit: { kind: "ownTownship" },
  // Goods on the road do not wait for Monday: clock hours.
  sla: { firstResponse: { amount: 2, unit: "hours" }, resolution: { amount: 24, unit: "hours" } },
  summary: (d) =>
    summaryLine(d.goods, summaryLine.words(d.quantity, d.quantityUnit), summaryLine.words(d.supplierName, d.handoffPoint && `→ ${d.handoffPoint}`)),
  searchable: ["goods", "supplierName", "originProvince", "originCity", "handoffPoint", "destination"],
  priority: (d, { now, enterprise }) => (enterprise.whitelisted || new Date(d.arrivalFrom).getTime() - now.getTime() <= DAY_MS ? "URGENT" : "NORMAL"),
};
