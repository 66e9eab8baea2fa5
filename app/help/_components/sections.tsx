import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { unitNamesByCode } from "@/lib/help/units";
import { helpTypes, nextSteps } from "@/lib/help/content";
import { isLocale } from "@/lib/i18n/locales";
import type { SlaDuration } from "@/lib/sla/working-time";
import { REMINDER_FRACTION } from "@/lib/sla/working-time";

type T = Awaited<ReturnType<typeof getTranslations<"help">>>;

function duration(t: T, d: SlaDuration): string {
  return d.unit === "hours" ? t("sla.hours", { count: d.amount }) : t("sla.workingDays", { count: d.amount });
}

/** Each request type: what it is for, what it asks, who handles it and how long each step may take. */
export async function TypesSection({ audience }: { audience: "enterprise" | "staff" | "integrator" }) {
  const [t, raw] = await Promise.all([getTranslations("help"), getLocale()]);
  const locale = isLocale(raw) ? raw : "zh-CN";
  const types = helpTypes(locale);
  const codes = types.flatMap((ty) => (ty.unit.kind === "unit" ? [ty.unit.code] : []));
  const unitName = await unitNamesByCode(codes, locale);
  return (
    <section aria-labelledby="types-title" className="space-y-4">
      <h2 id="types-title" className="text-xl font-semibold">
        {t("types.title")}
      </h2>
      {types.map((ty) => (
        <article key={ty.key} className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby={`type-${ty.key}`}>
          <h3 id={`type-${ty.key}`} className="text-lg font-semibold">
            {ty.label}
            {audience === "integrator" && <span className="ml-2 font-mono text-sm">{ty.key}</span>}
          </h3>
          <p className="mt-1">{ty.description}</p>
          <dl className="mt-3 grid gap-2 sm:grid-cols-3">
            <div>
              <dt className="text-sm font-medium">{t("types.handledBy")}</dt>
              <dd>{ty.unit.kind === "ownTownship" ? t("ownTownship") : unitName(ty.unit.code)}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium">{t("types.firstResponse")}</dt>
              <dd>{duration(t, ty.sla.firstResponse)}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium">{t("types.resolution")}</dt>
              <dd>{duration(t, ty.sla.resolution)}</dd>
            </div>
          </dl>
          <h4 className="mt-3 font-medium">{t("types.needs")}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {ty.fields.map((f) => (
              <li key={f.label}>
                {f.label}
                {!f.required && ` (${t("types.optional")})`}
                {f.help && <span className="text-slate-600"> — {f.help}</span>}
              </li>
            ))}
          </ul>
        </article>
      ))}
      <p>{t("sla.paused")}</p>
    </section>
  );
}

/** The statuses in plain words, and from each one what can happen next and who makes it happen. */
export async function StatusesSection({ audience }: { audience: "enterprise" | "staff" | "integrator" }) {
  const [t, tc] = await Promise.all([getTranslations("help"), getTranslations("common.status")]);
  return (
    <section aria-labelledby="statuses-title" className="space-y-3">
      <h2 id="statuses-title" className="text-xl font-semibold">
        {t("statuses.title")}
      </h2>
      <ul className="space-y-3">
        {nextSteps().map(({ status, steps }) => (
          <li key={status} className="rounded-lg bg-white p-4 shadow-sm">
            <p>
              <strong>{tc(status)}</strong>
              {audience === "integrator" && <span className="ml-2 font-mono text-sm">{status}</span>}
              {" — "}
              {t(`statuses.${status}`)}
            </p>
            {steps.length === 0 ? (
              <p className="mt-1 text-slate-600">{t("statuses.final")}</p>
            ) : (
              <ul className="mt-1 list-disc pl-6">
                {steps.map((s) => (
                  <li key={`${s.action}-${s.to}`}>
                    {t("statuses.step", {
                      who: t(`actors.${audience === "enterprise" && s.actor === "ENTERPRISE" ? "YOU" : s.actor}`),
                      what: t(`actions.${s.action}`),
                      to: tc(s.to),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function ReachSection({ audience }: { audience: "enterprise" | "staff" | "integrator" }) {
  const t = await getTranslations("help");
  return (
    <section aria-labelledby="reach-title" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="reach-title" className="text-xl font-semibold">
        {t(`reach.${audience}.title`)}
      </h2>
      <p className="mt-2">{t(`reach.${audience}.body`, { percent: Math.round(REMINDER_FRACTION * 100) })}</p>
      {audience === "integrator" && (
        <p className="mt-2">
          <Link href="/developers" className="text-brand-700 underline">
            {t("reach.integrator.link")}
          </Link>
        </p>
      )}
    </section>
  );
}
