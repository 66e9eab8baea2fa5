// The API's shapes, once: route handlers type their answers with them and the OpenAPI document is
// generated from them (lib/api/openapi.ts), so the document cannot drift from what is served.
import { z } from "zod";
import { isValidUscc } from "@/lib/checks/uscc";
import { STATUSES } from "@/lib/workflow/state-machine";

const dateTime = z.string().meta({ format: "date-time" });

export const FieldError = z.object({ code: z.string().meta({ description: "Message key, stable across languages" }), message: z.string() });

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "unauthorized, forbidden, not_found, invalid, conflict, rate_limited, internal" }),
      message: z.string(),
      fields: z.record(z.string(), z.array(FieldError)).optional().meta({ description: "Per field, the same words the portal's forms show" }),
    }),
  })
  .meta({ id: "Error" });

const Duration = z.object({ amount: z.number(), unit: z.enum(["hours", "workingDays"]) });

export const Service = z
  .object({
    service_code: z.string(),
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.literal("realtime"),
    keywords: z.string(),
    group: z.string(),
    sla: z.object({ first_response: Duration, resolution: Duration }),
  })
  .meta({ id: "Service" });

export const ServiceList = z.object({ services: z.array(Service) }).meta({ id: "ServiceList" });

export const Attribute = z
  .object({
    variable: z.literal(true),
    code: z.string(),
    datatype: z.enum(["string", "number", "datetime", "date", "text", "singlevaluelist", "boolean"]),
    required: z.boolean(),
    datatype_description: z.string(),
    order: z.number().int(),
    description: z.string(),
    values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
  })
  .meta({ id: "Attribute" });

export const ServiceDefinition = z
  .object({
    service_code: z.string(),
    attributes: z.array(Attribute),
    attributes_schema: z
      .record(z.string(), z.unknown())
      .meta({ description: "JSON Schema of `attributes` when filing, generated from the type's own validation" }),
  })
  .meta({ id: "ServiceDefinition" });

// Error messages are message keys, answered in the caller's language like the forms' (lib/api/words.ts).
export const CreateRequestBody = z
  .object({
    service_code: z.string({ error: "required" }).min(1, { error: "required" }).meta({ description: "A service_code from /services.json" }),
    enterprise_uscc: z
      .string({ error: "required" })
      .min(1, { error: "required", abort: true })
      .refine(isValidUscc, { error: "uscc" })
      .meta({ description: "Unified social credit code of an enterprise the key acts for" }),
    attributes: z.record(z.string(), z.unknown(), { error: "required" }).meta({ description: "The service's fields; see its attributes_schema" }),
    idempotency_key: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "keyShape" })
      .optional()
      .meta({ description: "16–100 of A–Z a–z 0–9 _ -; the same key answers with the request it first created" }),
  })
  .meta({ id: "CreateRequest" });

const Status = z.enum(STATUSES);

export const HistoryEntry = z.object({ status: Status, at: dateTime, note: z.string().nullable() });

export const ServiceRequest = z
  .object({
    service_request_id: z.string().meta({ description: "The reference, e.g. YW-2026-000123" }),
    service_code: z.string(),
    service_name: z.string(),
    status: z.enum(["open", "closed"]),
    detailed_status: Status,
    status_label: z.string(),
    status_notes: z.string().nullable(),
    agency_responsible: z.string(),
    enterprise: z.object({ uscc: z.string(), name: z.string() }),
    requested_datetime: dateTime,
    updated_datetime: dateTime,
    expected_datetime: dateTime,
    attributes: z.record(z.string(), z.unknown()).optional().meta({ description: "Passport and ID numbers masked" }),
    history: z.array(HistoryEntry).optional(),
  })
  .meta({ id: "ServiceRequest" });

export const RequestList = z
  .object({
    requests: z.array(ServiceRequest),
    next_cursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last" }),
  })
  .meta({ id: "RequestList" });

export const Created = z
  .object({
    service_request_id: z.string(),
    created: z.boolean().meta({ description: "false when the idempotency key had already filed it" }),
    service_notice: z.string(),
  })
  .meta({ id: "Created" });

export const CreateWebhookBody = z.object({ url: z.string().meta({ format: "uri" }) }).meta({ id: "CreateWebhook" });

export const Webhook = z
  .object({
    id: z.string(),
    url: z.string(),
    active: z.boolean(),
    created_at: dateTime,
    secret: z.string().optional().meta({ description: "Only in the answer that created it" }),
  })
  .meta({ id: "Webhook" });

export const WebhookList = z.object({ webhooks: z.array(Webhook) }).meta({ id: "WebhookList" });

export const Delivery = z
  .object({
    id: z.string(),
    service_request_id: z.string(),
    status: z.enum(["PENDING", "SENT", "FAILED"]),
    attempts: z.number().int(),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    delivered_at: dateTime.nullable(),
    next_attempt_at: dateTime.nullable(),
    created_at: dateTime,
  })
  .meta({ id: "Delivery" });

export const DeliveryList = z.object({ deliveries: z.array(Delivery) }).meta({ id: "DeliveryList" });

export const WebhookPayload = z
  .object({
    id: z.string().meta({ description: "The delivery id; the same on every retry" }),
    event: z.literal("request.status_changed"),
    occurred_at: dateTime,
    request: z.object({
      service_request_id: z.string(),
      service_code: z.string(),
      status: z.enum(["open", "closed"]),
      detailed_status: Status,
      previous_status: Status.nullable(),
      note: z.string().nullable(),
    }),
  })
  .meta({ id: "WebhookPayload" });

export type ServiceRequestT = z.infer<typeof ServiceRequest>;
export type WebhookPayloadT = z.infer<typeof WebhookPayload>;
