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
        const u = user as { id: string; role: string; unitId: string | null; enterpriseId: string | null; tokenVersion: number };
        token.sub = u.id;
        token.role = u.role;
        // Who the person works for at sign-in. Pages never trust these: lib/auth/principal.ts reads the
        // person afresh on every request, so a role or unit change applies at once.
        token.unitId = u.unitId;
        token.enterpriseId = u.enterpriseId;
        token.tv = u.tokenVersion;
        // Each sign-in gets its own id and start, so signing out can end exactly this one (lib/auth/revocation.ts).
        Object.assign(token, newMark());
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      Object.assign(session.user, { role: token.role, unitId: token.unitId ?? null, enterpriseId: token.enterpriseId ?? null });
      (session as { tv?: unknown }).tv = token.tv;
      Object.assign(session, readMark(token as { sid?: unknown; since?: unknown }));
      return session;
    },
  },
} satisfies NextAuthConfig;
