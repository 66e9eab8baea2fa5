import type { Role } from "@/generated/prisma/enums";

export type NavItem = { key: string; href: string };

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
