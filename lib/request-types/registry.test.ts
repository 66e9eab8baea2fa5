import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalog } from "@/lib/messages/catalog";
import { findRequestType, findRequestTypeBySlug, registerRequestType, requestTypeKeys, requestTypes, typeSlug } from "./registry";
import type { RequestTypeDef } from "./type-def";
import { generalDetails, passportDetails, supplyDetails, validDetails, visaDetails } from "@/tests/fixtures/intake";

// Saturday 2026-11-28, 12:00 in Shanghai.
const NOW = new Date("2026-11-28T04:00:00Z");
const plain = { now: NOW, enterprise: { whitelisted: false } };
const whitelisted = { now: NOW, enterprise: { whitelisted: true } };

function errors(type: string, details: unknown) {
  const result = findRequestType(type)!.schema(NOW).safeParse(details);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

function parse(type: string, details: unknown) {
  return findRequestType(type)!.schema(NOW).parse(details);
}

describe("the request type registry", () => {
  it("offers the four types of the spec in picker order", () => {
    expect(requestTypeKeys().slice(0, 4)).toEqual(["SUPPLY_CHAIN_HANDOFF", "VISA_EXTENSION", "PASSPORT_EXPEDITE", "GENERAL"]);
  });

  it("names every type, its fields and their options in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const types = catalog(locale).types as Record<
        string,
        { label?: string; description?: string; fields?: Record<string, { label?: string; options?: Record<string, string> }> }
      >;
      for (const def of requestTypes()) {
        const m = types[def.key];
        expect(m?.label, `${locale} ${def.key}`).toBeTruthy();
        expect(m?.description, `${locale} ${def.key}`).toBeTruthy();
        for (const f of def.fields) {
          expect(m?.fields?.[f.name]?.label, `${locale} ${def.key}.${f.name}`).toBeTruthy();
          for (const o of f.options ?? []) expect(m?.fields?.[f.name]?.options?.[o], `${locale} ${def.key}.${f.name}.${o}`).toBeTruthy();
        }
      }
    }
  });

  it("has a field spec for exactly the fields each schema stores", () => {
    for (const def of requestTypes()) {
      const stored = Object.keys(def.schema(NOW).parse(validDetails(def.key, NOW))).sort();
      expect(def.fields.map((f) => f.name).sort(), def.key).toEqual(stored);
    }
  });

  it("accepts a new type without touching anything else, and refuses a duplicate key", () => {
    const def: RequestTypeDef = {
      key: "REGISTRY_UNIT_TEST",
      messages: {
        "zh-CN": { label: "登记测试", description: "只在这个测试里存在的类型。", fields: { note: { label: "备注" } } },
        en: { label: "Registry test", description: "A type that exists only in this test.", fields: { note: { label: "Note" } } },
      },
      fields: [{ name: "note", kind: "text" }],
      schema: () => z.object({ note: z.string() }),
      unit: { kind: "unit", code: "HEALTH" },
      sla: { firstResponse: { amount: 1, unit: "hours" }, resolution: { amount: 2, unit: "hours" } },
      priority: () => "LOW",
      summary: (d) => String(d.note),
      searchable: ["note"],
    };
    registerRequestType(def);
    expect(findRequestType("REGISTRY_UNIT_TEST")).toBe(def);
    expect(findRequestTypeBySlug("registry-unit-test")).toBe(def);
    // Its words come with it: the catalogs name it in both languages, with no catalog file touched.
    expect(catalog("en").types).toMatchObject({ REGISTRY_UNIT_TEST: { label: "Registry test", fields: { note: { label: "Note" } } } });
    expect(catalog("zh-CN").types).toMatchObject({ REGISTRY_UNIT_TEST: { label: "登记测试" } });
    expect(() => registerRequestType(def)).toThrow(/already registered/);
    expect(() => registerRequestType({ ...def, key: "lower" })).toThrow(/UPPER_SNAKE_CASE/);
  });

  it("maps keys to form addresses and back, and refuses unknown ones", () => {
    expect(typeSlug("PASSPORT_EXPEDITE")).toBe("passport-expedite");
    expect(findRequestTypeBySlug("passport-expedite")?.key).toBe("PASSPORT_EXPEDITE");
    expect(findRequestTypeBySlug("PASSPORT_EXPEDITE")).toBeNull();
    expect(findRequestTypeBySlug("nothing")).toBeNull();
    expect(findRequestType("NOTHING")).toBeNull();
  });
});

describe("SUPPLY_CHAIN_HANDOFF", () => {
  const def = findRequestType("SUPPLY_CHAIN_HANDOFF")!;

  it("stores phones, plates and times in one normal form", () => {
    const d = parse("SUPPLY_CHAIN_HANDOFF", supplyDetails(NOW));
    expect(d).toMatchObject({
      supplierContact: "13812345678",
      driverPhone: "13900001111",
      carrierPlate: "苏E12345",
      receivingPlate: "浙G88888",
      disinfection: true,
    });
    expect(d.arrivalFrom).toBe("2026-11-29T18:00:00+08:00");
    expect(parse("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), arrivalFrom: "2026-11-29T10:00:00Z" }).arrivalFrom).toBe("2026-11-29T18:00:00+08:00");
  });

  it("refuses bad plates, phones, quantities and missing fields with a message key per field", () => {
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), carrierPlate: "ABC123", driverPhone: "12345", quantity: -1, goods: "  " })).toEqual({
      carrierPlate: ["plate"],
      driverPhone: ["mobile"],
      quantity: ["positive"],
      goods: ["required"],
    });
    const { destination: _d, ...missing } = supplyDetails(NOW);
    expect(errors("SUPPLY_CHAIN_HANDOFF", missing)).toEqual({ destination: ["required"] });
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), quantity: Number.NaN })).toEqual({ quantity: ["number"] });
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), arrivalFrom: "tomorrow" })).toEqual({ arrivalFrom: ["dateTime"] });
  });

  it("reports every field's error at once: format and date errors beside the missing ones", () => {
    expect(errors("VISA_EXTENSION", { passportNumber: "??", expiryDate: "2040-01-01" })).toMatchObject({
      employeeName: ["required"],
      nationality: ["required"],
      passportNumber: ["passport"],
      expiryDate: ["expiryImplausible"],
      reason: ["required"],
    });
    expect(errors("PASSPORT_EXPEDITE", { residentId: "110101199001011230", departureDate: "2026-11-01" })).toMatchObject({
      employeeName: ["required"],
      residentId: ["residentId"],
      departureDate: ["departurePast"],
    });
    // As a browser sends it: every untouched field is an empty string.
    expect(
      errors("VISA_EXTENSION", { employeeName: " ", nationality: "", passportNumber: "??", visaType: "", expiryDate: "", action: "", reason: "" }),
    ).toEqual({
      employeeName: ["required"],
      nationality: ["required"],
      passportNumber: ["passport"],
      visaType: ["required"],
      expiryDate: ["required"],
      action: ["required"],
      reason: ["required"],
    });
    const { goods: _g, ...noGoods } = supplyDetails(NOW, -3);
    expect(errors("SUPPLY_CHAIN_HANDOFF", noGoods)).toEqual({ goods: ["required"], arrivalFrom: ["arrivalPast"] });
  });

  it("takes a supplier's landline as well as a mobile", () => {
    expect(parse("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), supplierContact: "(0510) 8512 3456" }).supplierContact).toBe("0510-85123456");
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), supplierContact: "8512 3456" })).toEqual({ supplierContact: ["phone"] });
    // The driver is on the road: a mobile only.
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), driverPhone: "0510-85123456" })).toEqual({ driverPhone: ["mobile"] });
  });

  it("refuses an arrival window in the past or in the wrong order", () => {
    expect(errors("SUPPLY_CHAIN_HANDOFF", supplyDetails(NOW, -3))).toEqual({ arrivalFrom: ["arrivalPast"] });
    const d = supplyDetails(NOW);
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...d, arrivalTo: d.arrivalFrom })).toEqual({ arrivalTo: ["arrivalOrder"] });
  });

  it("is urgent when the goods arrive within 24 hours or the enterprise is whitelisted", () => {
    expect(def.priority(parse(def.key, supplyDetails(NOW, 23)), plain)).toBe("URGENT");
    expect(def.priority(parse(def.key, supplyDetails(NOW, 30)), plain)).toBe("NORMAL");
    expect(def.priority(parse(def.key, supplyDetails(NOW, 30)), whitelisted)).toBe("URGENT");
  });

  it("goes to the enterprise's township team on the clock", () => {
    expect(def.unit).toEqual({ kind: "ownTownship" });
    expect(def.sla).toEqual({ firstResponse: { amount: 2, unit: "hours" }, resolution: { amount: 24, unit: "hours" } });
  });
});

describe("VISA_EXTENSION", () => {
  const def = findRequestType("VISA_EXTENSION")!;

  it("stores the passport number normalized and checks it against the nationality", () => {
    expect(parse(def.key, visaDetails(NOW)).passportNumber).toBe("C01X00T47");
    expect(errors(def.key, { ...visaDetails(NOW), passportNumber: "AB" })).toEqual({ passportNumber: ["passport"] });
  });

  it("refuses unknown countries, visa types, actions and implausible expiry dates", () => {
    expect(errors(def.key, { ...visaDetails(NOW), nationality: "XXX", visaType: "B", action: "CANCEL" })).toEqual({
      nationality: ["country"],
      visaType: ["choice"],
      action: ["choice"],
    });
    expect(errors(def.key, { ...visaDetails(NOW), expiryDate: "2026-02-30" })).toEqual({ expiryDate: ["date"] });
    expect(errors(def.key, visaDetails(NOW, -400))).toEqual({ expiryDate: ["expiryImplausible"] });
    expect(errors(def.key, { ...visaDetails(NOW), visaType: "" })).toEqual({ visaType: ["required"] });
  });

  it("is urgent when the visa expires within 7 days, and goes to Exit-Entry in working days", () => {
    expect(def.priority(parse(def.key, visaDetails(NOW, 7)), plain)).toBe("URGENT");
    expect(def.priority(parse(def.key, visaDetails(NOW, 8)), whitelisted)).toBe("NORMAL");
    expect(def.unit).toEqual({ kind: "unit", code: "EXIT_ENTRY" });
    expect(def.sla).toEqual({ firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 5, unit: "workingDays" } });
  });
});

describe("PASSPORT_EXPEDITE", () => {
  const def = findRequestType("PASSPORT_EXPEDITE")!;

  it("checks the resident ID's check digit and a departure after today", () => {
    const good = passportDetails(NOW);
    const wrongDigit = good.residentId.slice(0, 17) + (good.residentId[17] === "1" ? "2" : "1");
    expect(errors(def.key, { ...good, residentId: wrongDigit })).toEqual({ residentId: ["residentId"] });
    expect(errors(def.key, passportDetails(NOW, 0))).toEqual({ departureDate: ["departurePast"] });
    expect(errors(def.key, { ...good, destinationCountry: "CHN", purpose: "HOLIDAY" })).toEqual({
      destinationCountry: ["destinationAbroad"],
      purpose: ["choice"],
    });
    expect(parse(def.key, { ...good, residentId: ` ${good.residentId.toLowerCase()} ` }).residentId).toBe(good.residentId);
  });

  it("is urgent within 10 days, high for whitelisted enterprises otherwise", () => {
    expect(def.priority(parse(def.key, passportDetails(NOW, 10)), plain)).toBe("URGENT");
    expect(def.priority(parse(def.key, passportDetails(NOW, 11)), plain)).toBe("NORMAL");
    expect(def.priority(parse(def.key, passportDetails(NOW, 11)), whitelisted)).toBe("HIGH");
    expect(def.sla.resolution).toEqual({ amount: 3, unit: "workingDays" });
  });
});

describe("GENERAL", () => {
  const def = findRequestType("GENERAL")!;

  it("needs a subject and a description, is normal, and goes to the township team", () => {
    expect(errors(def.key, { subject: "", description: "x".repeat(4001) })).toEqual({ subject: ["required"], description: ["tooLong"] });
    expect(errors(def.key, { subject: "道路", description: " 急 " })).toEqual({ description: ["tooShort"] });
    expect(errors(def.key, { subject: "道路", description: "" })).toEqual({ description: ["required"] });
    expect(def.priority(parse(def.key, generalDetails()), whitelisted)).toBe("NORMAL");
    expect(def.unit).toEqual({ kind: "ownTownship" });
    expect(def.sla).toEqual({ firstResponse: { amount: 1, unit: "workingDays" }, resolution: { amount: 7, unit: "workingDays" } });
  });
});

describe("hostile and implausible input (audit, issue 12)", () => {
  it("refuses a NUL or other control character in any text field with a field message", () => {
    expect(errors("GENERAL", { subject: "电\u0000费", description: "请帮忙协调\u0007一下" })).toEqual({ subject: ["characters"], description: ["characters"] });
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...supplyDetails(NOW), goods: "钢板\u0000" })).toEqual({ goods: ["characters"] });
  });

  it("calls text of only invisible characters missing", () => {
    expect(errors("GENERAL", { subject: "\u200b\u200b", description: "\u200b\u200c\u200d\ufeff\u2060" })).toEqual({
      subject: ["required"],
      description: ["required"],
    });
  });

  it("refuses dates beyond a sane horizon", () => {
    expect(errors("PASSPORT_EXPEDITE", { ...passportDetails(NOW), departureDate: "9999-12-30" })).toEqual({ departureDate: ["departureFar"] });
    expect(errors("PASSPORT_EXPEDITE", passportDetails(NOW, 366))).toEqual({ departureDate: ["departureFar"] });
    expect(errors("PASSPORT_EXPEDITE", passportDetails(NOW, 365))).toEqual({});
    const d = supplyDetails(NOW);
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...d, arrivalFrom: "2999-01-01T10:00:00+08:00", arrivalTo: "2999-01-02T10:00:00+08:00" })).toEqual({
      arrivalFrom: ["arrivalFar"],
      arrivalTo: ["arrivalFar"],
    });
    expect(errors("SUPPLY_CHAIN_HANDOFF", { ...d, arrivalTo: "2999-01-02T10:00:00+08:00" })).toEqual({ arrivalTo: ["arrivalFar"] });
  });

  it("refuses China as the nationality of a foreign employee's visa", () => {
    expect(errors("VISA_EXTENSION", { ...visaDetails(NOW), nationality: "CHN", passportNumber: "E12345678" })).toEqual({ nationality: ["nationalityForeign"] });
  });
});
