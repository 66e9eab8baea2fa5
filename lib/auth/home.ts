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
 * characters are refused. Dot segments ("/.//evil.test", "/%2e//evil.test") normalise into "//evil.test",
 * which a browser reads as another host — so the normalised path is checked again, and must be stable.
 */
export function safeCallback(url: string | null | undefined): string | null {
  if (!url || !isSitePath(url)) return null;
  const parsed = new URL(url, SITE);
  if (parsed.origin !== SITE) return null;
  const path = parsed.pathname + parsed.search + parsed.hash;
  if (!isSitePath(path) || new URL(path, SITE).href !== parsed.href) return null;
  return path;
}

/** Starts with one "/" (not "//" or "/\"), no control, space, backslash or invisible characters. */
function isSitePath(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^\/(?![/\\])/.test(url) && !/[\u0000-\u0020\\\u007f-\u00a0\u2000-\u200f\u2028-\u202f\u3000\ufeff]/.test(url);
}
