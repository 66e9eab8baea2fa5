import { apiRoute } from "@/lib/api/handler";
import { withoutFormat } from "@/lib/api/path";
import { disableWebhook } from "@/lib/api/webhooks";

/** Stops one of this key's endpoints. */
export const DELETE = apiRoute<{ id: string }>({ write: true }, async (_req, { key, now }, { id }) => {
  await disableWebhook(key, withoutFormat(id), now);
  return new Response(null, { status: 204 });
});
