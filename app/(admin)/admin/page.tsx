import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";

export default async function AdminPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("common.nav");
  return <h1 className="text-2xl font-bold">{t("admin")}</h1>;
}
