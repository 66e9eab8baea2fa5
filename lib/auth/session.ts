import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { loadPrincipal } from "./principal";
import { sessionHolds } from "./revocation";
import { readMark } from "./session-mark";
import { readSessionToken } from "./session-token";
import type { Principal } from "./types";
import { REQUEST_PATH_HEADER } from "./request-path";

/** The signed-in person, or null when there is no session or it no longer holds (disabled, signed out elsewhere). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  // Decrypted once per request (react cache), straight from the cookie: Auth.js' auth() would also re-encrypt it.
  const token = await readSessionToken();
  const id = token?.sub;
  if (!id) return null;
  const [principal, holds] = await Promise.all([loadPrincipal(id, token.tv ?? -1), sessionHolds(readMark(token))]);
  return holds ? principal : null;
});

/** Sign-in, coming back to the page asked for (its path is passed on by proxy.ts; without it, just sign-in). */
export async function requireUser(): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) {
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(path ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login");
  }
  return principal;
}

/** Anyone else gets the 404 page: an area a person may not use does not exist for them. */
export async function requireRole(...roles: Role[]): Promise<Principal> {
  const principal = await requireUser();
  if (!roles.includes(principal.role)) notFound();
  return principal;
}
