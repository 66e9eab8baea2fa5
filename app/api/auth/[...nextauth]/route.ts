import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getPrincipal } from "@/lib/auth/session";
import { appOrigin } from "@/lib/http/origin";

/**
 * Auth.js builds its URLs (providers, callbacks, redirects) from the request's Host and X-Forwarded-*
 * headers, which behind `next start` can be the bind address (http://0.0.0.0:3000) or whatever a caller
 * sends. Its endpoints see the request as addressed to the site itself (APP_URL), read at request time.
 */
function asSite(req: NextRequest): NextRequest {
  const site = new URL(appOrigin());
  const headers = new Headers(req.headers);
  headers.set("host", site.host);
  headers.set("x-forwarded-host", site.host);
  headers.set("x-forwarded-proto", site.protocol.replace(":", ""));
  const init = { method: req.method, headers, body: req.body, duplex: "half" };
  return new NextRequest(req.nextUrl.href.replace(req.nextUrl.origin, site.origin), init as ConstructorParameters<typeof NextRequest>[1]);
}

export async function POST(req: NextRequest): Promise<Response> {
  return handlers.POST(asSite(req));
}

/**
 * /api/auth/session answers like the pages do: a signed-out copy of the cookie, a disabled account or a
 * session ended elsewhere is no session (Auth.js alone only checks the signature).
 */
export async function GET(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname.endsWith("/session") && !(await getPrincipal())) {
    return Response.json(null, { headers: { "Cache-Control": "private, no-cache, no-store" } });
  }
  return handlers.GET(asSite(req));
}
