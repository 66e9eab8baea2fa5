import type { Role } from "@/generated/prisma/enums";

/** Where each role lands after sign-in and on `/`. */
export function homeFor(role: Role): string {
  switch (role) {
    case "ENTERPRISE":
      return "/requests";
    case "ADMIN":
      return "/admin";
    default:
      return "/queue";
  }
}

/** A callback URL is followed only when it is a path on this site (no open redirect). */
export function safeCallback(url: string | null | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}
