import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction } from "@/components/session-actions";
import { getPrincipal } from "@/lib/auth/session";
import { navFor } from "@/lib/auth/nav";
import { HeaderMenu } from "./header-menu";
import { CareModeSwitch } from "./care-mode-switch";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { localName } from "@/lib/i18n/names";

export async function AppHeader() {
  const [principal, t, locale] = await Promise.all([getPrincipal(), getTranslations("common"), getLocale()]);
  const affiliation = principal?.unit ? localName(principal.unit, locale) : (principal?.enterprise?.name ?? (principal?.role === "ADMIN" ? t("city") : null));
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:py-3">
        <Link href="/" className="text-lg font-bold whitespace-nowrap">
          {t("appName")}
        </Link>
        {principal ? (
          <>
            <div className="ml-auto sm:order-last sm:ml-0">
              <NotificationBell />
            </div>
            <HeaderMenu label={t("menu")}>
              <nav aria-label={t("nav.label")}>
                <NavLinks items={navFor(principal.role).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }))} />
              </nav>
              <div className="flex flex-wrap items-center gap-3 sm:ml-auto">
                <LanguageSwitcher />
                <CareModeSwitch />
                <Link href="/account" className="text-sm leading-tight hover:underline">
                  <span className="block font-medium">{principal.name}</span>
                  <span className="block text-xs text-white/80">
                    {t(`roles.${principal.role}`)}
                    {affiliation ? ` · ${affiliation}` : ""}
                  </span>
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="rounded border border-white/40 px-3 py-1 text-sm hover:bg-white/10">
                    {t("signOut")}
                  </button>
                </form>
              </div>
            </HeaderMenu>
          </>
        ) : (
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <LanguageSwitcher />
            <CareModeSwitch />
          </div>
        )}
      </div>
    </header>
  );
}
