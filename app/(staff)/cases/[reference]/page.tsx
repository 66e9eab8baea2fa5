import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { findVisibleRequest } from "@/lib/requests/summary";

export default async function CasePage({ params }: { params: Promise<{ reference: string }> }) {
  const principal = await requireRole("OFFICER", "LEAD", "ADMIN");
  const { reference } = await params;
  const request = await findVisibleRequest(principal, reference);
  if (!request) notFound();
  const t = await getTranslations();
  return (
    <>
      <h1 className="text-2xl font-bold font-mono">{request.reference}</h1>
      <p className="mt-2">
        {t(`types.${request.type}.label`)} · {request.enterprise.name} · {t(`common.status.${request.status}`)}
      </p>
    </>
  );
}
