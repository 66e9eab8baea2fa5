import { z } from "zod";
import { requestTypes } from "@/lib/request-types/registry";
import { STATUSES } from "@/lib/workflow/state-machine";
import * as S from "./schemas";
import { SIGNATURE_HEADER, SIGNATURE_DOC } from "./webhook-signature";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const body = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });
const error = (description: string) => body("Error", description);
const common = { "401": error("No valid key"), "429": error("Over the key's calls per minute (see Retry-After)") };
const path = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });
const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const locale = query("locale", "Language of words in answers (zh-CN or en); else Accept-Language, else zh-CN", { type: "string", enum: ["zh-CN", "en"] });

/** Every schema named with .meta({ id }) in lib/api/schemas.ts, as OpenAPI components. */
function components(): Record<string, unknown> {
  void S;
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers answer with
 * (never written twice). Served at /api/v1/openapi.json and rendered for integrators at /developers.
 */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Resumption Desk API · 复工助企服务台接口",
      version: "1",
      description:
        "Shaped after Open311 GeoReport v2: services are the portal's request types, requests are filed for an enterprise the key acts for and followed by reference. " +
        "Send the key as `Authorization: Bearer rdk_…`. Words in answers follow `?locale=` or Accept-Language. " +
        "Validation errors name each field with the same words the portal's forms use.\n\n" +
        SIGNATURE_DOC,
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    paths: {
      "/services.json": {
        get: {
          operationId: "listServices",
          summary: "Request types this key may use",
          parameters: [locale],
          responses: { "200": body("ServiceList", "Services"), ...common },
        },
      },
      "/services/{service_code}.json": {
        get: {
          operationId: "getService",
          summary: "A type's fields (attributes) and their JSON Schema",
          parameters: [
            path(
              "service_code",
              requestTypes()
                .map((d) => d.key)
                .join(", "),
            ),
            locale,
          ],
          responses: { "200": body("ServiceDefinition", "Service definition"), "404": error("Unknown, or not granted to this key"), ...common },
        },
      },
      "/requests.json": {
        get: {
          operationId: "listRequests",
          summary: "Requests this key may read, newest first, 50 a page",
          parameters: [
            query("service_code", "Only this type"),
            query("status", `Comma-separated: open, closed, or ${STATUSES.join(", ")}`),
            query("enterprise_uscc", "Only this enterprise"),
            query("start_date", "Filed at or after (ISO 8601 with offset)", { type: "string", format: "date-time" }),
            query("end_date", "Filed before (ISO 8601 with offset)", { type: "string", format: "date-time" }),
            query("cursor", "next_cursor of the previous page"),
            locale,
          ],
          responses: { "200": body("RequestList", "A page of requests"), "400": error("A filter is invalid"), ...common },
        },
        post: {
          operationId: "createRequest",
          summary: "File a request for an enterprise this key acts for",
          parameters: [
            { name: "Idempotency-Key", in: "header", required: false, description: "Same as idempotency_key in the body", schema: { type: "string" } },
            locale,
          ],
          requestBody: { required: true, content: { "application/json": { schema: ref("CreateRequest") } } },
          responses: {
            "201": body("Created", "Filed"),
            "200": body("Created", "Already filed with this idempotency key"),
            "400": error("Field errors"),
            "403": error("The key only reads, or the request would go to a unit it may not follow"),
            "409": error("Idempotency key used for another enterprise"),
            ...common,
          },
        },
      },
      "/requests/{service_request_id}.json": {
        get: {
          operationId: "getRequest",
          summary: "One request with its status history",
          parameters: [path("service_request_id", "The reference, e.g. YW-2026-000123"), locale],
          responses: { "200": body("ServiceRequest", "The request"), "404": error("No such request for this key"), ...common },
        },
      },
      "/webhooks.json": {
        get: { operationId: "listWebhooks", summary: "This key's webhook endpoints", responses: { "200": body("WebhookList", "Endpoints"), ...common } },
        post: {
          operationId: "createWebhook",
          summary: "Register a URL to hear status changes of requests this key may read",
          requestBody: { required: true, content: { "application/json": { schema: ref("CreateWebhook") } } },
          responses: {
            "201": body("Webhook", "Registered; the secret is shown this once"),
            "400": error("Not an http(s) URL"),
            "403": error("Read-only key"),
            ...common,
          },
        },
      },
      "/webhooks/{id}.json": {
        delete: {
          operationId: "deleteWebhook",
          summary: "Stop an endpoint",
          parameters: [path("id", "Webhook id")],
          responses: { "204": { description: "Stopped" }, "404": error("No such endpoint for this key"), ...common },
        },
      },
      "/webhooks/{id}/deliveries.json": {
        get: {
          operationId: "listDeliveries",
          summary: "The latest deliveries to an endpoint and their results",
          parameters: [path("id", "Webhook id")],
          responses: { "200": body("DeliveryList", "Deliveries, newest first"), "404": error("No such endpoint for this key"), ...common },
        },
      },
    },
    webhooks: {
      "request.status_changed": {
        post: {
          summary: "A request this key may read changed status",
          parameters: [
            {
              name: SIGNATURE_HEADER,
              in: "header",
              required: true,
              description: "t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}` with the endpoint's secret>",
              schema: { type: "string" },
            },
            { name: "X-Desk-Delivery", in: "header", required: true, description: "Delivery id, the same on every retry", schema: { type: "string" } },
          ],
          requestBody: { content: { "application/json": { schema: ref("WebhookPayload") } } },
          responses: { "200": { description: "Any 2xx ends the delivery; anything else, or no answer in 10 s, is retried with backoff" } },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An integrator key (rdk_…) issued by the city administrator" } },
      schemas: components(),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
