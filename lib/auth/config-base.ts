import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_S, newMark, readMark } from "./session-mark";

// Shared by the proxy and the full config. The proxy only needs to read the JWT, so no provider
// (and no database) lives here.
export const baseAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; tokenVersion: number };
        token.sub = u.id;
        token.role = u.role;
        token.tv = u.tokenVersion;
        // Each sign-in gets its own id and start, so signing out can end exactly this one (lib/auth/revocation.ts).
        Object.assign(token, newMark());
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      (session.user as { role?: unknown }).role = token.role;
      (session as { tv?: unknown }).tv = token.tv;
      Object.assign(session, readMark(token as { sid?: unknown; since?: unknown }));
      return session;
    },
  },
} satisfies NextAuthConfig;
