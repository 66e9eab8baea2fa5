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

const SITE = "http://site.invalid";

/**
 * A callback URL is followed only when it is a path on this site (no open redirect). Browsers drop tabs
 * and newlines from a URL and read a backslash as "/", so "/<tab>/evil.test" would leave the site: such
 * characters are refused, and what is returned is the path as a URL parser reads it.
 */
export function safeCallback(url: string | null | undefined): string | null {
  // Control characters, spaces and backslashes: a browser would quietly clean them into another site.
  // eslint-disable-next-line no-control-regex
  if (!url || !url.startsWith("/") || /[\u0000-\u0020\\\u007f]/.test(url)) return null;
  const parsed = new URL(url, SITE);
  if (parsed.origin !== SITE) return null;
  return parsed.pathname + parsed.search + parsed.hash;
}
