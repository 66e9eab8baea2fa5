import { apiRoute, json, readJson } from "@/lib/api/handler";
import { listWebhooks, registerWebhook } from "@/lib/api/webhooks";

/** This key's webhook endpoints. */
export const GET = apiRoute({}, async (_req, { key }) => json(await listWebhooks(key)));

/** Registers a URL to hear status changes; the signing secret is in this answer only. */
export const POST = apiRoute({ write: true }, async (req, { key }) => json(await registerWebhook(key, await readJson(req)), 201));
