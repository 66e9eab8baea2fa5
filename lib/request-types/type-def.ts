import type { z } from "zod";
import type { Priority } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { SlaSpec } from "@/lib/sla/working-time";

/**
 * How a field is entered and shown. The one generic form renders each kind; the detail pages format
 * each kind (a country code becomes its name, a datetime is shown in Shanghai time, …).
 */
export type FieldKind = "text" | "textarea" | "number" | "select" | "country" | "date" | "datetime" | "checkbox" | "tel" | "plate";

export type FieldSpec = {
  readonly name: string;
  readonly kind: FieldKind;
  /** Allowed values of a select; their labels are `types.<TYPE>.fields.<name>.options.<value>`. */
  readonly options?: readonly string[];
  readonly optional?: boolean;
  /** Passport and ID numbers: shown in full only to the request's enterprise and the officer working it. */
  readonly sensitive?: boolean;
  readonly maxLength?: number;
};

/** What a type's rules may look at when a request is filed. */
export type IntakeContext = { now: Date; enterprise: { whitelisted: boolean } };

/** Which unit handles the type: the team of the enterprise's own township, or a named unit (a bureau). */
export type UnitRule = { readonly kind: "ownTownship" } | { readonly kind: "unit"; readonly code: string };

/** A type's words in one language; the catalogs serve them as `types.<key>.…` (lib/messages/catalog.ts). */
export type TypeMessages = {
  readonly label: string;
  /** One sentence on what the type is for, on its card in the picker. */
  readonly description: string;
  readonly fields: Readonly<Record<string, { readonly label: string; readonly help?: string; readonly options?: Readonly<Record<string, string>> }>>;
};

/**
 * One request type. Adding a type means writing one of these and registering it: the form, the
 * submission, routing, due times, priority and every word about it (`messages`) all come from here.
 */
export type RequestTypeDef<D extends Record<string, unknown> = Record<string, unknown>> = {
  readonly key: string;
  readonly messages: Readonly<Record<Locale, TypeMessages>>;
  readonly fields: readonly FieldSpec[];
  /** Validates and normalizes `details`; date rules ("not in the past") are judged against `now`. Error messages are message keys. */
  readonly schema: (now: Date) => z.ZodType<D>;
  readonly unit: UnitRule;
  readonly sla: SlaSpec;
  // Method syntax on purpose: a type for its own details still fits the registry's general shape.
  priority(details: D, ctx: IntakeContext): Priority;
  /** One line telling what the case is about (the goods, the subject, the employee), for queue rows and lists. Never a sensitive value. */
  summary(details: D): string;
  /** Fields whose words the queue's search finds (never a sensitive one). */
  readonly searchable: readonly string[];
};
