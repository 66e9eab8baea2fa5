import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { VerificationStatus } from "@/generated/prisma/enums";
import type { Principal } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { visibleRequests } from "@/lib/requests/access";
import { decodeTextCursor, pageOf } from "@/lib/paging/cursor";
import { visibleEnterprises } from "./enterprise-scope";
import { seekAfter } from "@/lib/paging/keyset";
import { withoutControlCharacters } from "@/lib/checks/text";

export type EnterpriseFilters = { q?: string; status?: VerificationStatus; townshipId?: string; cursor?: string };
export const ENTERPRISES_PAGE_SIZE = 25;

/** Enterprises by name, searchable by name or USCC, within what the person may see. */
export async function listEnterprises(p: Principal, f: EnterpriseFilters, take = ENTERPRISES_PAGE_SIZE) {
  const where: Prisma.EnterpriseWhereInput[] = [visibleEnterprises(p)];
  const q = f.q && withoutControlCharacters(f.q).trim();
  if (q) where.push({ OR: [{ name: { contains: q, mode: "insensitive" } }, { uscc: { startsWith: q.toUpperCase() } }] });
  if (f.status) where.push({ status: f.status });
  if (f.townshipId) where.push({ townshipId: f.townshipId });
  const cursor = decodeTextCursor(f.cursor);
  if (cursor) where.push(seekAfter("name", cursor.k, cursor.id, "asc"));
  const rows = await db.enterprise.findMany({
    where: { AND: where },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: take + 1,
    select: {
      id: true,
      name: true,
      uscc: true,
      status: true,
      whitelisted: true,
      aboveScale: true,
      township: { select: { nameZh: true, nameEn: true } },
      liaison: { select: { name: true } },
    },
  });
  return pageOf(rows, take, (r) => r.name);
}

/** One enterprise with its staff, recent requests the person may see, and who changed its flags; null when out of reach. */
export async function getEnterpriseForStaff(p: Principal, id: string) {
  const enterprise = await db.enterprise.findFirst({
    where: { AND: [{ id }, visibleEnterprises(p)] },
    select: {
      id: true,
      name: true,
      uscc: true,
      status: true,
      rejectReason: true,
      verifiedAt: true,
      townshipId: true,
      park: true,
      address: true,
      contactName: true,
      contactPhone: true,
      whitelisted: true,
      aboveScale: true,
      createdAt: true,
      township: { select: { nameZh: true, nameEn: true } },
      verifiedBy: { select: { name: true } },
      liaison: { select: { id: true, name: true } },
      staff: { select: { id: true, name: true, email: true, active: true }, orderBy: { name: "asc" } },
    },
  });
  if (!enterprise) return null;
  const [requests, history] = await Promise.all([
    db.request.findMany({
      where: { AND: [{ enterpriseId: id }, visibleRequests(p)] },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { id: true, reference: true, type: true, status: true, submittedAt: true, enterprise: { select: { name: true } } },
    }),
    db.auditLog.findMany({
      where: { entity: "Enterprise", entityId: id },
      orderBy: { id: "desc" },
      take: 20,
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  // Liaison changes store user ids; the page shows names.
  const ids = history
    .flatMap((h) => [h.before, h.after])
    .map((v) => (v as { liaisonId?: unknown } | null)?.liaisonId)
    .filter((v): v is string => typeof v === "string");
  const people = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return { ...enterprise, requests, history, names: Object.fromEntries(people.map((u) => [u.id, u.name] as const)) };
}

/** Officers and leads of the team of a township, who may be an enterprise's liaison officer. */
export function liaisonCandidates(townshipId: string) {
  return db.user.findMany({
    where: { active: true, role: { in: ["OFFICER", "LEAD"] }, unit: { townshipId, active: true } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}
