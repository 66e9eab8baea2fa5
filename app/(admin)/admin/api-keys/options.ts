import { db } from "@/lib/db";
import { requestTypes } from "@/lib/request-types/registry";
import { localName } from "@/lib/i18n/names";

/** The choices of a key's grant: every request type and every active unit, in the page's language. */
export async function grantOptions(locale: string) {
  const units = await db.unit.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, nameZh: true, nameEn: true },
  });
  return {
    types: requestTypes().map((d) => ({ value: d.key, label: d.messages[locale === "en" ? "en" : "zh-CN"].label })),
    units: units.map((u) => ({ value: u.id, label: localName(u, locale) })),
  };
}
