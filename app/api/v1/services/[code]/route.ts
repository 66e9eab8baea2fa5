import { apiRoute, json } from "@/lib/api/handler";
import { withoutFormat } from "@/lib/api/path";
import { serviceDefinition } from "@/lib/api/services";
import { NotFoundError } from "@/lib/errors";

/** One type's fields (Open311 "service definition"). */
export const GET = apiRoute<{ code: string }>({}, async (_req, { key, locale, now }, { code }) => {
  const def = serviceDefinition(key, withoutFormat(code), locale, now);
  if (!def) throw new NotFoundError("service");
  return json(def);
});
