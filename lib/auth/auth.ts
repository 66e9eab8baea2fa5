import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "./config-base";
import { authenticate } from "./authenticate";
import { clientAddress } from "@/lib/http/client-address";
import { appOrigin } from "@/lib/http/origin";
import { errorProp } from "@/lib/errors";

const nextAuth = NextAuth({
  ...baseAuthConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials, request) => {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        return authenticate(email, password, request ? clientAddress(request.headers) : "unknown");
      },
    }),
  ],
  logger: {
    // A refused sign-in is expected and already logged as one line by authenticate(), not a stack trace.
    error(error) {
      if (errorProp(error, "type") === "CredentialsSignin") return;
      console.error(`[auth][error] ${error.name}: ${error.message}`, errorProp(error, "cause") ?? "");
    },
  },
});

export const { handlers, auth } = nextAuth;

/**
 * Signing in and out from a server action: Auth.js builds its URLs (the callback, the sign-out redirect) and
 * picks its cookie names (`__Secure-` over https) from AUTH_URL, else from the caller's Host and
 * X-Forwarded-* headers — or the bind address, `http://0.0.0.0/login` — so AUTH_URL is the site's address
 * (APP_URL), read at each call like the route handler does (app/api/auth/[...nextauth]/route.ts).
 */
function addressedToSite(): void {
  process.env.AUTH_URL = appOrigin();
}

export const signIn: typeof nextAuth.signIn = (...args) => {
  addressedToSite();
  return nextAuth.signIn(...args);
};

export const signOut: typeof nextAuth.signOut = (...args) => {
  addressedToSite();
  return nextAuth.signOut(...args);
};
