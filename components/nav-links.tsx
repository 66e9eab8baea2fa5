"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref } from "@/lib/auth/nav";

/** The role's navigation, marking the section the person is in (aria-current) so sight and screen reader agree. */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const current = currentNavHref(
    usePathname(),
    items.map((i) => i.href),
  );
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? "page" : undefined}
            className="block rounded px-3 py-1.5 text-sm hover:bg-white/10 aria-[current=page]:bg-white/20 aria-[current=page]:font-semibold"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
