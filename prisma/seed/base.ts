// Reference data every installation needs: townships, their service teams, city bureaus, the working-day calendar.
import type { Db } from "@/lib/db";
import { CALENDAR } from "@/lib/sla/calendar-data";

export const TOWNSHIPS = [
  { code: "CHIAN", nameZh: "赤岸镇", nameEn: "Chi'an Town", teamEn: "Chi'an" },
  { code: "FOTANG", nameZh: "佛堂镇", nameEn: "Fotang Town", teamEn: "Fotang" },
  { code: "CHOUCHENG", nameZh: "稠城街道", nameEn: "Choucheng Subdistrict", teamEn: "Choucheng" },
  { code: "SUXI", nameZh: "苏溪镇", nameEn: "Suxi Town", teamEn: "Suxi" },
  { code: "HOUZHAI", nameZh: "后宅街道", nameEn: "Houzhai Subdistrict", teamEn: "Houzhai" },
] as const;

export const BUREAUS = [
  { code: "EXIT_ENTRY", nameZh: "出入境管理局", nameEn: "Exit-Entry Administration" },
  { code: "TRAFFIC", nameZh: "交警大队", nameEn: "Traffic Police Brigade" },
  { code: "HEALTH", nameZh: "卫健局", nameEn: "Health Bureau" },
] as const;

/**
 * Safe to run on every start. Rows are only created when missing, so what an admin has since edited
 * stays: unit names, and calendar corrections (a year already in the database is left alone, a year
 * newly added to the data file is loaded).
 */
export async function seedBase(db: Db): Promise<void> {
  for (const t of TOWNSHIPS) {
    const township = await db.township.upsert({
      where: { code: t.code },
      create: { code: t.code, nameZh: t.nameZh, nameEn: t.nameEn },
      update: {},
    });
    await db.unit.upsert({
      where: { code: t.code },
      create: {
        code: t.code,
        kind: "TOWNSHIP",
        nameZh: `${t.nameZh}助企服务团`,
        nameEn: `${t.teamEn} Enterprise Service Team`,
        townshipId: township.id,
      },
      update: {},
    });
  }
  for (const b of BUREAUS) {
    await db.unit.upsert({ where: { code: b.code }, create: { ...b, kind: "BUREAU" }, update: {} });
  }
  await seedCalendar(db);
}

async function seedCalendar(db: Db): Promise<void> {
  const known = new Set((await db.calendarDay.findMany({ select: { day: true } })).map((r) => r.day.getUTCFullYear()));
  const rows: { day: Date; kind: "HOLIDAY" | "WORKDAY" }[] = [];
  for (const [year, { holidays, workdays }] of Object.entries(CALENDAR)) {
    if (known.has(Number(year))) continue;
    for (const d of holidays) rows.push({ day: new Date(`${d}T00:00:00Z`), kind: "HOLIDAY" });
    for (const d of workdays) rows.push({ day: new Date(`${d}T00:00:00Z`), kind: "WORKDAY" });
  }
  if (rows.length) await db.calendarDay.createMany({ data: rows, skipDuplicates: true });
}
