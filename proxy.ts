import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

// Optimistic only: sends people without a session cookie to sign-in. Every page, action and route handler
// checks the session itself next to the data (lib/auth/session.ts), so nothing depends on this running —
// which is why it only looks for the cookie: opening it here (and re-issuing it, as Auth.js' wrapper does)
// would decrypt every session twice per page.
const PROTECTED = ["/requests", "/queue", "/cases", "/stats", "/admin", "/account", "/notifications", "/verify", "/files"];

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isProtected && !hasSessionCookie(req.cookies.getAll().map((c) => c.name))) {
    const url = new URL("/login", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  // A session the page refuses after all (signed out, disabled) still comes back here after signing in.
  // Set here, never taken from the caller.
  const headers = new Headers(req.headers);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
