import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/components/session-actions";
import { LOCALES } from "@/lib/i18n/locales";

export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.language")]);
  return (
    <form action={setLocaleAction} aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 ${l === locale ? "bg-white/20 font-semibold" : "hover:bg-white/10"}`}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}
