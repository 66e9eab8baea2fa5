import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { loadSession, type SessionView } from "./principal";
import { markLive, readMark } from "./session-mark";
import { readSessionToken } from "./session-token";
import type { Principal } from "./types";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

/**
 * The signed-in person and their header's figures, or null when there is no session or it no longer holds
 * (disabled, signed out here or elsewhere, past its lifetime). Read once per request (react cache).
 */
const getSessionView = cache(async (): Promise<SessionView | null> => {
  // Decrypted straight from the cookie: Auth.js' auth() would also re-encrypt it.
  const token = await readSessionToken();
  const id = token?.sub;
  const mark = readMark(token);
  if (!id || !mark || !markLive(mark, new Date())) return null;
  return loadSession(id, token.tv ?? -1, mark.sid);
});

/** The signed-in person, or null when there is no session or it no longer holds (disabled, signed out elsewhere). */
export async function getPrincipal(): Promise<Principal | null> {
  return (await getSessionView())?.principal ?? null;
}

/** The signed-in person's unread notifications, counted up to UNREAD_CAP (the header's badge). */
export async function getUnreadCount(): Promise<number> {
  return (await getSessionView())?.unread ?? 0;
}

/** Sign-in, coming back to the page asked for (its path is passed on by lib/http/request-guard.ts; without it, just sign-in). */
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
