import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/types";
import { enterpriseStanding } from "@/lib/enterprises/profile";

/** Tells staff of a pending or rejected company where it stands; verified companies see nothing. */
export async function StandingBanner({ principal }: { principal: Principal }) {
  if (principal.enterprise?.status === "VERIFIED") return null;
  const [standing, t] = await Promise.all([enterpriseStanding(principal), getTranslations("enterprise.status")]);
  if (standing.status === "VERIFIED") return null;
  const rejected = standing.status === "REJECTED";
  return (
    <section
      aria-labelledby="standing-title"
      className={`mb-4 rounded-lg border p-4 ${rejected ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50"}`}
    >
      <h2 id="standing-title" className="font-semibold">
        {t(rejected ? "rejectedTitle" : "pendingTitle")}
      </h2>
      <p className="mt-1 text-sm">{rejected ? t("rejectedBody", { reason: standing.rejectReason ?? "—" }) : t("pendingBody")}</p>
    </section>
  );
}
