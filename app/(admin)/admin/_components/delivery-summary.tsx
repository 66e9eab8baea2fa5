import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/types";
import { CHANNELS, deliveryByChannel } from "@/lib/admin/outbox";
import { deliveryProviders } from "@/lib/notifications/providers";

const SHOWN = ["SENT", "PENDING", "FAILED", "GIVEN_UP", "NOT_SENT"] as const;

/** Per channel: what went out, what waits, what failed, and plainly whether anything can be sent at all. */
export async function DeliverySummary({ principal }: { principal: Principal }) {
  const [counts, t, to] = await Promise.all([deliveryByChannel(principal), getTranslations("admin.delivery"), getTranslations("admin.outbox")]);
  const providers = deliveryProviders();
  return (
    <section aria-labelledby="delivery-heading" className="mt-8">
      <h2 id="delivery-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {CHANNELS.map((channel) => {
          const provider = providers[channel];
          return (
            <div key={channel} className="rounded-lg bg-white p-4 shadow-sm">
              <h3 className="font-semibold">{to(`channels.${channel}`)}</h3>
              <p className={provider ? "mt-1 text-sm text-slate-700" : "mt-1 text-sm font-medium text-red-800"}>
                {provider ? t("via", { provider: t(`providers.${provider}`) }) : t(`none.${channel}`)}
              </p>
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                {SHOWN.map((status) => (
                  <div key={status} className="contents">
                    <dt>
                      <Link href={`/admin/outbox?status=${status}`} className="text-brand-700 underline">
                        {to(`statuses.${status}`)}
                      </Link>
                    </dt>
                    <dd className="text-right font-medium tabular-nums">{counts[channel][status]}</dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </div>
    </section>
  );
}
