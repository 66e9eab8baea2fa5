import { apiRoute, json } from "@/lib/api/handler";
import { withoutFormat } from "@/lib/api/path";
import { getRequestForKey } from "@/lib/api/requests";

/** One request the key may read, with its status history; any other reference is 404. */
export const GET = apiRoute<{ reference: string }>({}, async (_req, ctx, { reference }) => {
  ctx.audit.reference = withoutFormat(reference);
  return json(await getRequestForKey(ctx.key, withoutFormat(reference), ctx.locale, ctx.t));
});
