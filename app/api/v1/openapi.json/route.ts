import { openApiDocument } from "@/lib/api/openapi";

/** The API's OpenAPI 3.1 document: public, so integrators can read it before they hold a key. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
