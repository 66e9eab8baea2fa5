"use client";

import { useTranslations } from "next-intl";

/** A password-set link, shown once to the admin who made it, to hand over in person or by phone. */
export function LinkOnce({ link }: { link: string }) {
  const t = useTranslations("admin.users");
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{t("linkOnce")}</p>
      <label htmlFor="password-link" className="mt-2 block">
        {t("linkLabel")}
      </label>
      <input
        id="password-link"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <p className="mt-1 text-slate-700">{t("linkHint")}</p>
    </div>
  );
}
