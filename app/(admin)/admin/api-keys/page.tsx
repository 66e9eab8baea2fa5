import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/api/keys";
import { PageTitle } from "../_components/page-title";
import { CreateKeyForm } from "./key-forms";
import { grantOptions } from "./options";

export async function generateMetadata() {
  return { title: (await getTranslations("api.keys"))("title") };
}

export default async function ApiKeysPage() {
  const principal = await requireRole("ADMIN");
  const locale = await getLocale();
  const [keys, options, t, format] = await Promise.all([listApiKeys(principal), grantOptions(locale), getTranslations("api.keys"), getFormatter()]);
  return (
    <>
      <PageTitle title={t("title")} intro={t("intro")} />
      <p className="mb-4">
        <Link href="/developers" className="text-brand-700 underline">
          {t("docsLink")}
        </Link>
      </p>
      {keys.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">{t("none")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {keys.map((k) => (
            <li key={k.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/admin/api-keys/${k.id}`} className="text-brand-700 underline">
                  {k.name}
                </Link>
              </h2>
              <p className="font-mono text-sm">rdk_{k.prefix}_…</p>
              <p className="text-sm text-slate-700">
                {k.revokedAt ? t("revoked") : k.canWrite ? t("readWrite") : t("readOnly")} · {t("typeCount", { count: k.types.length })} ·{" "}
                {t("unitCount", { count: k.unitIds.length })} ·{" "}
                {k.allEnterprises ? t("everyEnterprise") : t("enterpriseCount", { count: k.enterpriseIds.length })}
              </p>
              <p className="text-sm text-slate-700">
                {k.lastUsedAt ? t("lastUsed", { at: format.dateTime(k.lastUsedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("neverUsed")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6">
        <CreateKeyForm types={options.types} units={options.units} />
      </div>
    </>
  );
}
