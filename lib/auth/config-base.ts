import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_S, newMark, readMark } from "./session-mark";

// The JWT and session callbacks, apart from the provider (lib/auth/auth.ts), so no database import
// lives here. Pages read the token themselves (lib/auth/session-token.ts); lib/http/request-guard.ts only sees the cookie.
export const baseAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        // Who the person works for at sign-in. Pages never trust these: lib/auth/principal.ts reads the
        // person afresh on every request, so a role or unit change applies at once.
        token.unitId = user.unitId;
        token.enterpriseId = user.enterpriseId;
        token.tv = user.tokenVersion;
        // Each sign-in gets its own id and start, so signing out can end exactly this one (lib/auth/revocation.ts).
        Object.assign(token, newMark());
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      if (token.role) session.user.role = token.role;
      session.user.unitId = token.unitId ?? null;
      session.user.enterpriseId = token.enterpriseId ?? null;
      session.tv = token.tv;
      Object.assign(session, readMark(token));
      return session;
    },
  },
} satisfies NextAuthConfig;
