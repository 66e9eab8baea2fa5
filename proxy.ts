import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config-base";

// Optimistic only: sends people without a session to sign-in. Every page, action and route handler
// checks again next to the data (lib/auth/session.ts), so nothing depends on this running.
const { auth } = NextAuth(baseAuthConfig);

const PROTECTED = ["/requests", "/queue", "/cases", "/stats", "/admin", "/account", "/notifications", "/verify", "/files"];

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(p + "/"));
  if (isProtected && !req.auth?.user) {
    const url = new URL("/login", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
});

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
