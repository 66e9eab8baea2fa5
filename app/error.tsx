"use client";

import { useTranslations } from "next-intl";

// Unexpected errors: the person sees an apology and the digest that links to the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      {error.digest && <p className="mt-2 text-xs text-slate-500">{t("reference", { id: error.digest })}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
