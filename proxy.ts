import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { hasNulInUrl } from "@/lib/checks/text";
import { appOrigin } from "@/lib/http/origin";
import { PERMISSIONS_POLICY, contentSecurityPolicy, isForeignActionPost, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";

// Optimistic only: sends people without a session cookie to sign-in. Every page, action and route handler
// checks the session itself next to the data (lib/auth/session.ts), so nothing depends on this running —
// which is why it only looks for the cookie: opening it here (and re-issuing it, as Auth.js' wrapper does)
// would decrypt every session twice per page.
const PROTECTED = ["/requests", "/queue", "/cases", "/stats", "/admin", "/account", "/notifications", "/verify", "/files"];

/** Every answer carries the page's CSP (with this response's nonce), Permissions-Policy and, over https, HSTS. */
function secured(res: NextResponse, req: NextRequest, csp: string): NextResponse {
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  const hsts = strictTransportSecurity(req.nextUrl.protocol, req.headers.get("x-forwarded-proto"));
  if (hsts) res.headers.set("Strict-Transport-Security", hsts);
  return res;
}

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // Next's documented way: a fresh nonce per request, given to Next on the request (it marks its own
  // scripts with it) and to the browser on the response.
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // A server action from another site: Next would throw (500); it is simply not allowed.
  if (isForeignActionPost(req.method, req.headers)) return secured(new NextResponse("Forbidden", { status: 403 }), req, csp);
  // No address on this site has a NUL byte; PostgreSQL refuses one in text, which became a 500 wherever a
  // path segment or ?q= reached a query. It is a page that does not exist (pages check again on their own).
  if (hasNulInUrl(pathname + search)) return secured(NextResponse.rewrite(new URL("/not-found", req.nextUrl.origin), { status: 404 }), req, csp);
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isProtected && !hasSessionCookie(req.cookies.getAll().map((c) => c.name))) {
    // The site's own address (APP_URL), never the address the server happens to be bound to.
    const url = new URL("/login", appOrigin());
    url.searchParams.set("callbackUrl", pathname + search);
    return secured(NextResponse.redirect(url), req, csp);
  }
  // A session the page refuses after all (signed out, disabled) still comes back here after signing in.
  // Set here, never taken from the caller.
  const headers = new Headers(req.headers);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return secured(NextResponse.next({ request: { headers } }), req, csp);
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
