import type { IncomingMessage, ServerResponse } from "node:http";
import { REQUEST_PATH_HEADER } from "./request-path";
import { hasSessionCookie } from "./session-cookie";
import { hasNulInUrl } from "@/lib/checks/text";
import { appOrigin } from "./origin";
import { PERMISSIONS_POLICY, contentSecurityPolicy, isForeignActionPost, newNonce, strictTransportSecurity } from "./security-headers";

// What Next's proxy.ts used to do for every page, done by the app's HTTP server before Next sees the request
// (lib/http/server-hooks.ts): Next's proxy runs each request through its middleware adapter (a NextRequest,
// a NextResponse, header overrides copied back), which cost ~0.4 ms of the ~4 ms a small page takes.

/** Areas people sign in for: without a session cookie they are sent to sign-in (an optimistic check only). */
const PROTECTED = ["/requests", "/queue", "/cases", "/stats", "/admin", "/account", "/notifications", "/verify", "/files"];
/** Answers that are not pages: no page headers, no sign-in redirect (route handlers check the caller themselves). */
const NOT_PAGES = ["/api", "/_next/static", "/_next/image", "/favicon.ico"];

const under = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(p + "/"));

/** What happens to a request before Next: refused, sent to sign-in, shown the 404 page, or passed on. */
export type GuardDecision = { kind: "next" } | { kind: "forbidden" } | { kind: "not-found" } | { kind: "sign-in"; location: string } | { kind: "not-a-page" };

/**
 * Decides, from the method, the address asked for (path and query, as sent) and the request's headers:
 * - a server action posted from another site is refused (Next would throw: a 500);
 * - an address with a NUL byte is a page that does not exist (PostgreSQL refuses one in text);
 * - a protected area without a session cookie goes to sign-in, coming back afterwards. Optimistic only:
 *   every page, action and route handler checks the session itself next to the data (lib/auth/session.ts),
 *   so nothing depends on this; it does not open the cookie (the page does, once).
 */
export function guardDecision(
  method: string,
  pathAndQuery: string,
  header: (name: string) => string | null,
  env: Record<string, string | undefined> = process.env,
): GuardDecision {
  const q = pathAndQuery.indexOf("?");
  const path = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  if (under(path, NOT_PAGES)) return { kind: "not-a-page" };
  if (isForeignActionPost(method, { get: header })) return { kind: "forbidden" };
  if (hasNulInUrl(pathAndQuery)) return { kind: "not-found" };
  const cookieNames = (header("cookie") ?? "").split(";").map((c) => c.split("=", 1)[0]!.trim());
  if (under(path, PROTECTED) && !hasSessionCookie(cookieNames)) {
    // The site's own address (APP_URL), never the address the server happens to be bound to.
    const url = new URL("/login", appOrigin(env));
    url.searchParams.set("callbackUrl", pathAndQuery);
    return { kind: "sign-in", location: url.toString() };
  }
  return { kind: "next" };
}

const one = (v: string | string[] | undefined): string | null => (v === undefined ? null : Array.isArray(v) ? v.join(", ") : v);

/**
 * Applies guardDecision to a request as it reaches the server: every page answer gets its own CSP nonce
 * (given to Next on the request, which marks its scripts with it, and to the browser on the response),
 * Permissions-Policy and, over https, HSTS; pages learn the address asked for (REQUEST_PATH_HEADER), set
 * here and never taken from the caller. Returns true when it answered the request itself.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const pathAndQuery = req.url ?? "/";
  const decision = guardDecision(req.method ?? "GET", pathAndQuery, (name) => one(req.headers[name]));
  if (decision.kind === "not-a-page") return false;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  res.setHeader("Content-Security-Policy", csp);
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  const hsts = strictTransportSecurity(`${(req.socket as { encrypted?: boolean }).encrypted ? "https" : "http"}:`, one(req.headers["x-forwarded-proto"]));
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
  if (decision.kind === "forbidden") {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Forbidden");
    return true;
  }
  if (decision.kind === "sign-in") {
    res.writeHead(307, { Location: decision.location }).end();
    return true;
  }
  // Next reads the nonce from the request's CSP header; whatever the caller sent under these names is replaced.
  req.headers["content-security-policy"] = csp;
  req.headers[REQUEST_PATH_HEADER] = pathAndQuery;
  // No page on this site has a NUL byte in its address: Next renders its 404 page for an address that is none.
  if (decision.kind === "not-found") req.url = "/_not-found";
  return false;
}
