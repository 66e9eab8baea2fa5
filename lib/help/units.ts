import "server-only";
import { db } from "@/lib/db";
import { localName } from "@/lib/i18n/names";

/** The names, in the page's language, of the units the help pages mention (by code; an unknown code stays itself). */
export async function unitNamesByCode(codes: string[], locale: string): Promise<(code: string) => string> {
  const units = await db.unit.findMany({ where: { code: { in: codes } }, select: { code: true, nameZh: true, nameEn: true } });
  return (code) => {
    const unit = units.find((u) => u.code === code);
    return unit ? localName(unit, locale) : code;
  };
}
