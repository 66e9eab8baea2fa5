import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { getApiKey } from "@/lib/api/keys";
import { NotFoundError } from "@/lib/errors";
import { PageTitle } from "../../_components/page-title";
import { EditKeyForm, RevokeKeyForm, RotateKeyForm } from "../key-forms";
import { grantOptions } from "../options";

export async function generateMetadata() {
  return { title: (await getTranslations("api.keys"))("detailTitle") };
}

async function load(principal: Awaited<ReturnType<typeof requireRole>>, id: string) {
  try {
    return await getApiKey(principal, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function ApiKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireRole("ADMIN");
  const { id } = await params;
  const locale = await getLocale();
  const [key, options, t, format] = await Promise.all([load(principal, id), grantOptions(locale), getTranslations("api.keys"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const grant = {
    name: key.name,
    canWrite: key.canWrite,
    types: key.types,
    unitIds: key.unitIds,
    allEnterprises: key.allEnterprises,
    enterpriseUsccs: key.enterprises.map((e) => e.uscc).join("\n"),
    rateLimit: key.rateLimit,
  };
  return (
    <>
      <PageTitle title={key.name} back="/admin/api-keys" intro={t("detailIntro")} />
      <dl className="grid gap-2 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-700">{t("prefix")}</dt>
          <dd className="font-mono">rdk_{key.prefix}_…</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("state")}</dt>
          <dd>{key.revokedAt ? t("revokedAt", { at: when(key.revokedAt) }) : key.canWrite ? t("readWrite") : t("readOnly")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("createdBy")}</dt>
          <dd>
            {key.createdBy.name} · {when(key.createdAt)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("rotatedAt")}</dt>
          <dd>{when(key.rotatedAt)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-700">{t("enterprises")}</dt>
          <dd>{key.allEnterprises ? t("everyEnterprise") : key.enterprises.map((e) => `${e.name} (${e.uscc})`).join("、") || "—"}</dd>
        </div>
      </dl>
      {!key.revokedAt && (
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <EditKeyForm keyId={key.id} grant={grant} types={options.types} units={options.units} />
          <div className="space-y-6">
            <RotateKeyForm keyId={key.id} />
            <RevokeKeyForm keyId={key.id} />
          </div>
        </div>
      )}

      <section className="mt-8" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title" className="text-xl font-semibold">
          {t("webhooks")}
        </h2>
        {key.webhooks.length === 0 && <p className="mt-2">{t("noWebhooks")}</p>}
        {key.webhooks.map((w) => (
          <div key={w.id} className="mt-3 rounded-lg bg-white p-4 shadow-sm">
            <p className="break-all font-mono text-sm">{w.url}</p>
            <p className="text-sm text-slate-700">{w.disabledAt ? t("webhookStopped", { at: when(w.disabledAt) }) : t("webhookActive")}</p>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("deliveries")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">
                      {t("deliveredAt")}
                    </th>
                    <th scope="col" className="pr-3">
                      {t("result")}
                    </th>
                    <th scope="col" className="pr-3">
                      {t("attempts")}
                    </th>
                    <th scope="col">{t("nextAttempt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {w.deliveries.map((d) => (
                    <tr key={d.id} className="border-t border-slate-200">
                      <td className="pr-3">{when(d.deliveredAt ?? d.createdAt)}</td>
                      <td className="pr-3">
                        {t(`deliveryStatus.${d.status}`)}
                        {d.lastStatusCode ? ` (${d.lastStatusCode})` : ""}
                        {d.lastError ? ` · ${d.lastError}` : ""}
                      </td>
                      <td className="pr-3">{d.attempts}</td>
                      <td>{d.status === "PENDING" ? when(d.nextAttemptAt) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>

      <section className="mt-8" aria-labelledby="calls-title">
        <h2 id="calls-title" className="text-xl font-semibold">
          {t("calls")}
        </h2>
        {key.calls.length === 0 ? (
          <p className="mt-2">{t("noCalls")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto rounded-lg bg-white p-4 shadow-sm">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    {t("at")}
                  </th>
                  <th scope="col" className="pr-3">
                    {t("call")}
                  </th>
                  <th scope="col" className="pr-3">
                    {t("status")}
                  </th>
                  <th scope="col">{t("reference")}</th>
                </tr>
              </thead>
              <tbody>
                {key.calls.map((c) => (
                  <tr key={String(c.id)} className="border-t border-slate-200">
                    <td className="pr-3">{when(c.at)}</td>
                    <td className="break-all pr-3 font-mono">
                      {c.method} {c.path}
                    </td>
                    <td className="pr-3">{c.status}</td>
                    <td>{c.reference ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
