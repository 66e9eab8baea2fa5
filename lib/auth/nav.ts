import type { Role } from "@/generated/prisma/enums";

/** Each item's words are `common.nav.<key>`. */
export type NavItem = { key: "myRequests" | "newRequest" | "enterpriseProfile" | "queue" | "stats" | "enterprises" | "verify" | "admin"; href: string };

/** The navigation each role sees; the pages themselves still check the role. */
export function navFor(role: Role): NavItem[] {
  switch (role) {
    case "ENTERPRISE":
      return [
        { key: "myRequests", href: "/requests" },
        { key: "newRequest", href: "/requests/new" },
        { key: "enterpriseProfile", href: "/enterprise" },
      ];
    case "OFFICER":
      return [
        { key: "queue", href: "/queue" },
        { key: "verify", href: "/verify" },
        { key: "enterprises", href: "/admin/enterprises" },
      ];
    case "LEAD":
      return [
        { key: "queue", href: "/queue" },
        { key: "stats", href: "/stats" },
        { key: "verify", href: "/verify" },
        { key: "enterprises", href: "/admin/enterprises" },
      ];
    case "ADMIN":
      return [
        { key: "admin", href: "/admin" },
        { key: "queue", href: "/queue" },
        { key: "stats", href: "/stats" },
        { key: "verify", href: "/verify" },
      ];
  }
}

/**
 * Which of `hrefs` the page at `pathname` belongs to: the longest one it lies under, so /admin/users marks
 * "/admin" and /requests/new marks "/requests/new", not "/requests". A case page belongs to the queue.
 */
export function currentNavHref(pathname: string, hrefs: string[]): string | undefined {
  const path = pathname.startsWith("/cases/") ? "/queue" : pathname;
  return hrefs.filter((h) => path === h || path.startsWith(`${h}/`)).sort((a, b) => b.length - a.length)[0];
}
