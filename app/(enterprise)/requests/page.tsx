import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { latestVisibleRequests } from "@/lib/requests/summary";
import { RequestList } from "@/components/request-list";

export default async function MyRequestsPage() {
  const principal = await requireRole("ENTERPRISE");
  const [rows, t] = await Promise.all([latestVisibleRequests(principal), getTranslations("common.nav")]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("myRequests")}</h1>
      <RequestList rows={rows} hrefBase="/requests" />
    </>
  );
}
