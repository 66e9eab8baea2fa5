import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unreadCount } from "@/lib/notifications/read";

export async function NotificationBell({ userId }: { userId: string }) {
  const [count, t] = await Promise.all([unreadCount(userId), getTranslations("common")]);
  return (
    <Link href="/notifications" className="relative rounded px-2 py-1 text-sm hover:bg-white/10" aria-label={t("notificationsCount", { count })}>
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span aria-hidden="true" className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
