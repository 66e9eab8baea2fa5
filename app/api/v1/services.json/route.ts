import { apiRoute, json } from "@/lib/api/handler";
import { listServices } from "@/lib/api/services";

/** The request types this key may file and read (Open311 "services"). */
export const GET = apiRoute({}, async (_req, { key, locale, t }) => json({ services: await listServices(key, locale, t) }));
