import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { auth } from "./auth";
import { loadPrincipal } from "./principal";
import { sessionHolds } from "./revocation";
import { readMark } from "./session-mark";
import type { Principal } from "./types";
import { REQUEST_PATH_HEADER } from "./request-path";

/** The signed-in person, or null when there is no session or it no longer holds (disabled, signed out elsewhere). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [principal, holds] = await Promise.all([
    loadPrincipal(id, session.tv ?? -1),
    sessionHolds(readMark(session)),
  ]);
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
