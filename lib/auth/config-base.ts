import type { NextAuthConfig } from "next-auth";

// Shared by the proxy and the full config. The proxy only needs to read the JWT, so no provider
// (and no database) lives here.
export const baseAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; tokenVersion: number };
        token.sub = u.id;
        token.role = u.role;
        token.tv = u.tokenVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      (session.user as { role?: unknown }).role = token.role;
      (session as { tv?: unknown }).tv = token.tv;
      return session;
    },
  },
} satisfies NextAuthConfig;
