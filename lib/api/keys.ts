import "server-only";
import { randomBytes } from "node:crypto";
import type { Principal } from "@/lib/auth/types";
import { hashToken } from "@/lib/account/token";
import { assertAdmin } from "@/lib/admin/guard";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { ApiKeyPrincipal } from "@/lib/requests/key-scope";
import type { KeyGrantInput } from "./key-schemas";

const KEY_SHAPE = /^rdk_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** A new key: `rdk_<prefix>_<secret>`. The prefix tells keys apart in lists; only the whole key's hash is kept. */
function newKey(): { key: string; prefix: string; keyHash: string } {
  const prefix = randomBytes(6).toString("hex").slice(0, 8);
  const key = `rdk_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, keyHash: hashToken(key) };
}

/** The enterprises behind the USCCs the admin typed; one that is not registered is named back as a field error. */
async function grantData(input: KeyGrantInput) {
  const found =
    input.allEnterprises || input.enterpriseUsccs.length === 0
      ? []
      : await db.enterprise.findMany({ where: { uscc: { in: input.enterpriseUsccs } }, select: { id: true, uscc: true } });
  if (!input.allEnterprises && found.length !== input.enterpriseUsccs.length) {
    throw new ValidationError({ enterpriseUsccs: ["unknownEnterprise"] });
  }
  if (!input.allEnterprises && input.enterpriseUsccs.length === 0) throw new ValidationError({ enterpriseUsccs: ["enterprises"] });
  const units = await db.unit.count({ where: { id: { in: input.unitIds } } });
  if (units !== new Set(input.unitIds).size) throw new ValidationError({ unitIds: ["choice"] });
  return {
    name: input.name,
    canWrite: input.canWrite,
    types: input.types,
    unitIds: [...new Set(input.unitIds)],
    allEnterprises: input.allEnterprises,
    enterpriseIds: found.map((e) => e.id),
    rateLimit: input.rateLimit,
  };
}

/** Creates a key; the key itself is returned this once and never again. */
export async function createApiKey(admin: Principal, input: KeyGrantInput): Promise<{ id: string; key: string }> {
  assertAdmin(admin);
  const grant = await grantData(input);
  const { key, prefix, keyHash } = newKey();
  const id = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({ data: { ...grant, prefix, keyHash, createdById: admin.id }, select: { id: true } });
    await writeAudit(tx, { actorId: admin.id, action: "apiKey.create", entity: "ApiKey", entityId: row.id, after: { ...grant, prefix } });
    return row.id;
  });
  return { id, key };
}

/** Changes what a key may do; it takes effect on the key's next call. */
export async function updateApiKeyGrant(admin: Principal, id: string, input: KeyGrantInput): Promise<void> {
  assertAdmin(admin);
  const grant = await grantData(input);
  await db.$transaction(async (tx) => {
    const before = await tx.apiKey.findUnique({
      where: { id },
      select: { name: true, canWrite: true, types: true, unitIds: true, allEnterprises: true, enterpriseIds: true, rateLimit: true },
    });
    if (!before) throw new NotFoundError("api key");
    await tx.apiKey.update({ where: { id }, data: grant });
    await writeAudit(tx, { actorId: admin.id, action: "apiKey.update", entity: "ApiKey", entityId: id, before, after: grant });
  });
}

/** A new key in place of the old one, which stops working at once; returned this once. */
export async function rotateApiKey(admin: Principal, id: string, now = new Date()): Promise<{ key: string }> {
  assertAdmin(admin);
  const { key, prefix, keyHash } = newKey();
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { prefix, keyHash, rotatedAt: now } });
    if (count === 0) throw new NotFoundError("api key");
    await writeAudit(tx, { actorId: admin.id, action: "apiKey.rotate", entity: "ApiKey", entityId: id, after: { prefix } });
  });
  return { key };
}

/** Ends a key for good; its webhooks stop with it. */
export async function revokeApiKey(admin: Principal, id: string, now = new Date()): Promise<void> {
  assertAdmin(admin);
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) throw new NotFoundError("api key");
    await tx.webhookEndpoint.updateMany({ where: { keyId: id, disabledAt: null }, data: { disabledAt: now } });
    await writeAudit(tx, { actorId: admin.id, action: "apiKey.revoke", entity: "ApiKey", entityId: id });
  });
}

/** The key presented with a call, or null when it is malformed, unknown, rotated away or revoked. */
export async function authenticateApiKey(raw: string | null | undefined): Promise<ApiKeyPrincipal | null> {
  if (!raw || !KEY_SHAPE.test(raw)) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: hashToken(raw) } });
  if (!row || row.revokedAt) return null;
  return {
    kind: "apiKey",
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    canWrite: row.canWrite,
    types: row.types,
    unitIds: row.unitIds,
    allEnterprises: row.allEnterprises,
    enterpriseIds: row.enterpriseIds,
    rateLimit: row.rateLimit,
  };
}

/** What the admin list shows of a key (and the key's page starts from). */
const KEY_SUMMARY = {
  id: true,
  name: true,
  prefix: true,
  canWrite: true,
  types: true,
  unitIds: true,
  allEnterprises: true,
  enterpriseIds: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** Every key, newest first, for the admin list. */
export async function listApiKeys(admin: Principal) {
  assertAdmin(admin);
  return db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: KEY_SUMMARY,
  });
}

/** One key with its grant spelled out, its latest calls and its webhooks with their latest deliveries. */
export async function getApiKey(admin: Principal, id: string) {
  assertAdmin(admin);
  const key = await db.apiKey.findUnique({
    where: { id },
    select: {
      ...KEY_SUMMARY,
      rateLimit: true,
      rotatedAt: true,
      createdBy: { select: { name: true } },
      calls: { orderBy: { id: "desc" }, take: 50, select: { id: true, method: true, path: true, status: true, reference: true, at: true } },
      webhooks: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          url: true,
          createdAt: true,
          disabledAt: true,
          deliveries: {
            orderBy: { createdAt: "desc" },
            take: 20,
            select: {
              id: true,
              status: true,
              attempts: true,
              lastStatusCode: true,
              lastError: true,
              deliveredAt: true,
              nextAttemptAt: true,
              createdAt: true,
              eventId: true,
            },
          },
        },
      },
    },
  });
  if (!key) throw new NotFoundError("api key");
  const [units, enterprises] = await Promise.all([
    db.unit.findMany({ where: { id: { in: key.unitIds } }, select: { id: true, nameZh: true, nameEn: true } }),
    db.enterprise.findMany({ where: { id: { in: key.enterpriseIds } }, select: { id: true, name: true, uscc: true } }),
  ]);
  return { ...key, units, enterprises };
}
