import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UNREAD_CAP } from "@/lib/auth/principal";
import { getUnreadCount } from "@/lib/auth/session";
import { cappedCount } from "@/lib/paging/capped-count";

/** The header's bell: the signed-in person's unread count, read with the session itself (lib/auth/principal.ts). */
export async function NotificationBell() {
  const [count, t] = await Promise.all([getUnreadCount(), getTranslations("common")]);
  // Counted up to the cap: past it the badge and what a screen reader hears both say "99+".
  const shown = cappedCount(count, UNREAD_CAP);
  return (
    <Link href="/notifications" className="relative rounded px-2 py-1 text-sm hover:bg-white/10" aria-label={t("notificationsCount", { count: shown })}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="inline-block h-5 w-5 align-middle"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span aria-hidden="true" className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
          {shown}
        </span>
      )}
    </Link>
  );
}
