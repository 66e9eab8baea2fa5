import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";

const TYPES = ["SUPPLY_CHAIN_HANDOFF", "VISA_EXTENSION", "PASSPORT_EXPEDITE", "GENERAL"];

export default async function NewRequestPage() {
  await requireRole("ENTERPRISE");
  const t = await getTranslations();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("common.nav.newRequest")}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {TYPES.map((type) => (
          <li key={type} className="rounded-lg bg-white p-4 shadow-sm">
            {t(`types.${type}.label`)}
          </li>
        ))}
      </ul>
    </>
  );
}
