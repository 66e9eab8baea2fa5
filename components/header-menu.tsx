"use client";

import { useState } from "react";
import { usePathname } from "next/navigation";

/**
 * On a phone the header's navigation and account controls fold behind one "menu" button, so the page
 * starts right under the title bar; from the `sm` width up they sit in the bar as before. The contents
 * are rendered once (no copy for each width), and the menu closes when the person moves to another page.
 */
export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // Open "on this page": navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10 sm:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="mr-1 inline-block h-4 w-4 align-[-2px]"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        {label}
      </button>
      <div
        id="header-menu"
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 pb-1 sm:flex sm:w-auto sm:flex-1 sm:flex-row sm:flex-wrap sm:items-center sm:pb-0`}
      >
        {children}
      </div>
    </>
  );
}
