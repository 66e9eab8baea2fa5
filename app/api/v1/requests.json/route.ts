import { apiRoute, json, readJson } from "@/lib/api/handler";
import { createRequestForKey, listRequestsForKey } from "@/lib/api/requests";

/** The requests this key may read, newest first; filters and ?cursor= as in the OpenAPI document. */
export const GET = apiRoute({}, async (_req, { key, locale, t, url }) => json(await listRequestsForKey(key, url.searchParams, locale, t)));

/** Files a request for an enterprise this key acts for. */
export const POST = apiRoute({ write: true }, async (req, ctx) => {
  const res = await createRequestForKey(ctx.key, await readJson(req), req.headers.get("idempotency-key"), ctx.locale, ctx.t, ctx.now);
  ctx.audit.reference = res.service_request_id;
  return json(res, res.created ? 201 : 200);
});
