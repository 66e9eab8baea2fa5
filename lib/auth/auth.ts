import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "./config-base";
import { authenticate } from "./authenticate";
import { clientAddress } from "./throttle-rules";
import { errorProp } from "@/lib/errors";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials, request) => {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        return authenticate(email, password, clientAddress(request?.headers.get("x-forwarded-for"), request?.headers.get("x-real-ip")));
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
