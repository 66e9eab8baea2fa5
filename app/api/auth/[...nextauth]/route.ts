import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getPrincipal } from "@/lib/auth/session";

export const { POST } = handlers;

/**
 * Auth.js' endpoints; /api/auth/session answers like the pages do: a signed-out copy of the cookie, a
 * disabled account or a session ended elsewhere is no session (Auth.js alone only checks the signature).
 */
export async function GET(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname.endsWith("/session") && !(await getPrincipal())) {
    return Response.json(null, { headers: { "Cache-Control": "private, no-cache, no-store" } });
  }
  return handlers.GET(req);
}
