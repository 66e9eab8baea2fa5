import { getTranslations } from "next-intl/server";

/**
 * What a heavy page shows while its data loads: its title's place and a few grey rows, announced once
 * to screen readers. The shapes follow the page (`rows` lines of a list, or `cards` side by side).
 */
export async function PageLoading({ rows = 6, cards = 0 }: { rows?: number; cards?: number }) {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-loading="page" className="animate-pulse space-y-4 motion-reduce:animate-none">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-48 rounded bg-slate-200" />
      {cards > 0 && (
        <div aria-hidden="true" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className="h-24 rounded-lg bg-slate-200" />
          ))}
        </div>
      )}
      <div aria-hidden="true" className="space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-14 rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
