import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { decodeTextCursor, pageOf } from "@/lib/paging/cursor";
import { assertAdmin } from "./guard";
import { seekAfter } from "@/lib/paging/keyset";
import { withoutControlCharacters } from "@/lib/checks/text";

/** `enterprise` narrows to staff of companies whose name contains it or whose USCC it is; `enterpriseId` to one company. */
export type UserFilters = { q?: string; role?: Role; unitId?: string; enterprise?: string; enterpriseId?: string; active?: boolean; cursor?: string };

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  unit: { select: { id: true, nameZh: true, nameEn: true } },
  enterprise: { select: { id: true, name: true } },
} as const;

export const USERS_PAGE_SIZE = 25;

/** People by name (then id), filtered; keyset-paged so a page never skips or repeats anyone. */
export async function listUsers(p: Principal, f: UserFilters, take = USERS_PAGE_SIZE) {
  assertAdmin(p);
  const q = f.q && withoutControlCharacters(f.q).trim();
  const where: Prisma.UserWhereInput[] = [];
  if (q) {
    where.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { enterprise: { name: { contains: q, mode: "insensitive" } } },
      ],
    });
  }
  if (f.role) where.push({ role: f.role });
  if (f.unitId) where.push({ unitId: f.unitId });
  const company = f.enterprise?.trim();
  if (company) {
    where.push({ enterprise: { OR: [{ name: { contains: company, mode: "insensitive" } }, { uscc: company.toUpperCase() }] } });
  }
  if (f.enterpriseId) where.push({ enterpriseId: f.enterpriseId });
  if (f.active !== undefined) where.push({ active: f.active });
  const cursor = decodeTextCursor(f.cursor);
  if (cursor) where.push(seekAfter("name", cursor.k, cursor.id, "asc"));
  const rows = await db.user.findMany({ where: { AND: where }, orderBy: [{ name: "asc" }, { id: "asc" }], take: take + 1, select: listSelect });
  return pageOf(rows, take, (r) => r.name);
}

/** One person with what an admin needs to manage them, or null. */
export async function getUserForAdmin(p: Principal, userId: string) {
  assertAdmin(p);
  return db.user.findUnique({
    where: { id: userId },
    select: {
      ...listSelect,
      phone: true,
      createdAt: true,
      unitId: true,
      locale: true,
      liaisonOf: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      tokens: {
        where: { purpose: "PASSWORD_SET" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true, expiresAt: true, usedAt: true },
      },
    },
  });
}

/** The name of the enterprise a list is narrowed to, for the filter's label. */
export async function enterpriseLabel(p: Principal, enterpriseId: string): Promise<string | null> {
  assertAdmin(p);
  return (await db.enterprise.findUnique({ where: { id: enterpriseId }, select: { name: true } }))?.name ?? null;
}

/** Units for pickers and filters, in a stable order (township teams first). */
export function unitOptions() {
  return db.unit.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { id: true, code: true, kind: true, nameZh: true, nameEn: true },
  });
}
