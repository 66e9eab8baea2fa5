import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config-base";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { hasNulInUrl } from "@/lib/checks/text";

// Optimistic only: sends people without a session to sign-in. Every page, action and route handler
// checks again next to the data (lib/auth/session.ts), so nothing depends on this running.
const { auth } = NextAuth(baseAuthConfig);

const PROTECTED = ["/requests", "/queue", "/cases", "/stats", "/admin", "/account", "/notifications", "/verify", "/files"];

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  // No address on this site has a NUL byte; PostgreSQL refuses one in text, which became a 500 wherever a
  // path segment or ?q= reached a query. It is a page that does not exist (pages check again on their own).
  if (hasNulInUrl(pathname + search)) return NextResponse.rewrite(new URL("/not-found", req.nextUrl.origin), { status: 404 });
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isProtected && !req.auth?.user) {
    const url = new URL("/login", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  // A session the page refuses after all (signed out, disabled) still comes back here after signing in.
  // Set here, never taken from the caller.
  const headers = new Headers(req.headers);
  headers.set(REQUEST_PATH_HEADER, pathname + search);
  return NextResponse.next({ request: { headers } });
});

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
