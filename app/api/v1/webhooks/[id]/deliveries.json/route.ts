import { apiRoute, json } from "@/lib/api/handler";
import { listDeliveries } from "@/lib/api/webhooks";

/** The latest deliveries to one of this key's endpoints, with their results. */
export const GET = apiRoute<{ id: string }>({}, async (_req, { key }, { id }) => json(await listDeliveries(key, id)));
