// What this project keeps in Auth.js' user, token and session, typed once so nothing reads them back with
// a cast. Pages never trust these for authorization: lib/auth/principal.ts reloads the person each request.
import type { DefaultSession } from "next-auth";
import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  /** What `authorize` (lib/auth/authenticate.ts) returns for a good password. */
  interface User {
    role: Role;
    unitId: string | null;
    enterpriseId: string | null;
    tokenVersion: number;
  }

  interface Session {
    /** The person's token version at sign-in: a password change or "sign out everywhere" bumps it. */
    tv?: number;
    /** This sign-in's own id and start (lib/auth/session-mark.ts), checked against RevokedSession. */
    sid?: string;
    since?: number;
    user: { id: string; role: Role; unitId: string | null; enterpriseId: string | null } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    unitId?: string | null;
    enterpriseId?: string | null;
    tv?: number;
    sid?: string;
    since?: number;
  }
}
