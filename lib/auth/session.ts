import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { auth } from "./auth";
import { loadPrincipal } from "./principal";
import type { Principal } from "./types";

/** The signed-in person, or null when there is no session or it no longer holds (disabled, signed out elsewhere). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadPrincipal(id, (session as { tv?: number }).tv ?? -1);
});

export async function requireUser(): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) redirect("/login");
  return principal;
}

/** Anyone else gets the 404 page: an area a person may not use does not exist for them. */
export async function requireRole(...roles: Role[]): Promise<Principal> {
  const principal = await requireUser();
  if (!roles.includes(principal.role)) notFound();
  return principal;
}
