import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { findRequestType, requestTypes } from "@/lib/request-types/registry";
import type { FieldKind, RequestTypeDef } from "@/lib/request-types/type-def";
import type { Locale } from "@/lib/i18n/locales";
import type { KeyGrant } from "@/lib/requests/key-scope";
import type { Attribute, Service, ServiceDefinition } from "./schemas";
import type { Words } from "@/lib/messages/translate";

type AttributeT = z.infer<typeof Attribute>;

const DATATYPES: Record<FieldKind, AttributeT["datatype"]> = {
  text: "string",
  textarea: "text",
  number: "number",
  select: "singlevaluelist",
  country: "string",
  date: "date",
  datetime: "datetime",
  checkbox: "boolean",
  tel: "string",
  plate: "string",
};

/** Which unit handles a type, in words: the enterprise's own township team, or the named bureau. */
async function unitWords(def: RequestTypeDef, locale: Locale, t: Words): Promise<string> {
  if (def.unit.kind === "ownTownship") return t("help.ownTownship");
  const unit = await db.unit.findUnique({ where: { code: def.unit.code }, select: { nameZh: true, nameEn: true } });
  return unit ? (locale === "en" ? unit.nameEn : unit.nameZh) : def.unit.code;
}

/** The request types the key may use, Open311's "services", each with its unit and its SLA. */
export async function listServices(grant: KeyGrant, locale: Locale, t: Words): Promise<z.infer<typeof Service>[]> {
  const defs = requestTypes().filter((d) => grant.types.includes(d.key));
  return Promise.all(
    defs.map(async (def) => ({
      service_code: def.key,
      service_name: def.messages[locale].label,
      description: def.messages[locale].description,
      metadata: true,
      type: "realtime" as const,
      keywords: def.key.toLowerCase().replaceAll("_", ","),
      group: await unitWords(def, locale, t),
      sla: { first_response: def.sla.firstResponse, resolution: def.sla.resolution },
    })),
  );
}

/** One type's fields as Open311 attributes, with the JSON Schema of its validation; null for a type the key lacks. */
export function serviceDefinition(grant: KeyGrant, code: string, locale: Locale, now = new Date()): z.infer<typeof ServiceDefinition> | null {
  const def = findRequestType(code);
  if (!def || !grant.types.includes(def.key)) return null;
  const words = def.messages[locale].fields;
  const attributes = def.fields.map((f, i): AttributeT => ({
    variable: true,
    code: f.name,
    datatype: DATATYPES[f.kind],
    required: !f.optional,
    datatype_description: words[f.name]?.help ?? "",
    order: i + 1,
    description: words[f.name]?.label ?? f.name,
    ...(f.options && { values: f.options.map((key) => ({ key, name: words[f.name]?.options?.[key] ?? key })) }),
  }));
  const { $schema: _s, ...schema } = z.toJSONSchema(def.schema(now), { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return { service_code: def.key, attributes, attributes_schema: schema };
}
