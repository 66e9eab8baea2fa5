import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/requests.json/route";
import { GET as getRoute } from "@/app/api/v1/requests/[reference]/route";
import { GET as servicesRoute } from "@/app/api/v1/services.json/route";
import { GET as serviceRoute } from "@/app/api/v1/services/[code]/route";
import { createApiKey, rotateApiKey, revokeApiKey } from "@/lib/api/keys";
import { keyGrantSchema } from "@/lib/api/key-schemas";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { queuePage } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import { performCaseAction } from "@/lib/cases/perform";
import { submitRequest } from "@/lib/intake/submit";
import { call, makeAdmin, makeKey } from "../fixtures/api";
import { makeEnterprise, makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";
import { formKey, makeIntakeWorld, supplyDetails, visaDetails } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
beforeEach(() => resetDb());

async function world() {
  const w = await makeIntakeWorld(db);
  const other = await makeTownshipUnit(db);
  const otherFirm = await makeEnterprise(db, other.township.id);
  const { key, id } = await makeKey(db, { types: ["SUPPLY_CHAIN_HANDOFF"], unitIds: [w.unit.id], enterpriseUsccs: [w.enterprise.uscc] });
  return { ...w, other, otherFirm, key, keyId: id };
}

const body = (uscc: string, attributes: Record<string, unknown> = supplyDetails(new Date())) => ({
  service_code: "SUPPLY_CHAIN_HANDOFF",
  enterprise_uscc: uscc,
  attributes,
});

describe("filing and following a request with a key", () => {
  it("files a supply-chain handoff for its enterprise that lands in the township's queue, then reads it back with its status notes", async () => {
    const w = await world();
    const res = await call(createRoute, "/api/v1/requests.json", { key: w.key, body: body(w.enterprise.uscc) });
    expect(res.status).toBe(201);
    expect(res.body.service_request_id).toMatch(/^YW-\d{4}-\d{6}$/);
    expect(res.body.service_notice).toContain("responds by");

    // The same row the enterprise's own form would have made: routed to the township team, the liaison preset.
    const row = await db.request.findUniqueOrThrow({ where: { reference: res.body.service_request_id } });
    expect(row).toMatchObject({
      unitId: w.unit.id,
      enterpriseId: w.enterprise.id,
      assigneeId: w.users.liaison.id,
      apiKeyId: w.keyId,
      createdById: null,
      status: "SUBMITTED",
    });
    const queue = await queuePage(await principalOf(db, w.users.lead.id), parseQueueFilters({ tab: "open" }));
    expect(queue.rows.map((r) => r.reference)).toContain(res.body.service_request_id);

    await performCaseAction(w.as.officer, row.reference, 0, { action: "accept" });
    await performCaseAction(w.as.officer, row.reference, 1, { action: "ask", question: "请提供司机健康码截图" });
    const got = await call(getRoute, `/api/v1/requests/${row.reference}.json`, { key: w.key, params: { reference: `${row.reference}.json` } });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      service_request_id: row.reference,
      service_code: "SUPPLY_CHAIN_HANDOFF",
      status: "open",
      detailed_status: "NEEDS_INFO",
      status_label: "Needs information",
      status_notes: "请提供司机健康码截图",
      enterprise: { uscc: w.enterprise.uscc },
    });
    expect(got.body.history.map((h: { status: string }) => h.status)).toEqual(["SUBMITTED", "ACCEPTED", "NEEDS_INFO"]);
  });

  it("answers a bad USCC and a bad attribute with field errors in the caller's language, filing nothing", async () => {
    const w = await world();
    const bad = w.enterprise.uscc.slice(0, 17) + (w.enterprise.uscc.endsWith("0") ? "1" : "0");
    const res = await call(createRoute, "/api/v1/requests.json", { key: w.key, body: body(bad) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(res.body.error.fields.enterprise_uscc).toEqual([{ code: "uscc", message: expect.stringContaining("unified social credit code is not valid") }]);

    const zh = await call(createRoute, "/api/v1/requests.json", {
      key: w.key,
      body: body(w.enterprise.uscc, { ...supplyDetails(new Date()), carrierPlate: "XX" }),
      headers: { "accept-language": "zh-CN" },
    });
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields["attributes.carrierPlate"][0].code).toBe("plate");
    expect(zh.body.error.fields["attributes.carrierPlate"][0].message).toMatch(/车牌/);
    expect(await db.request.count()).toBe(0);
  });

  it("acts only for its enterprises and types: another firm, another type and a read-only key are refused", async () => {
    const w = await world();
    const foreign = await call(createRoute, "/api/v1/requests.json", { key: w.key, body: body(w.otherFirm.uscc) });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(["enterprise_uscc"]);
    const visa = await call(createRoute, "/api/v1/requests.json", {
      key: w.key,
      body: { ...body(w.enterprise.uscc, visaDetails(new Date())), service_code: "VISA_EXTENSION" },
    });
    expect(visa.status).toBe(400);
    expect(visa.body.error.fields.service_code[0].code).toBe("notGranted");
    const reader = await makeKey(db, { types: ["SUPPLY_CHAIN_HANDOFF"], unitIds: [w.unit.id], enterpriseUsccs: [w.enterprise.uscc], canWrite: false });
    const ro = await call(createRoute, "/api/v1/requests.json", { key: reader.key, body: body(w.enterprise.uscc) });
    expect(ro.status).toBe(403);
    expect(await db.request.count()).toBe(0);
  });

  it("cannot read another unit's request or another type's: 404, as if it did not exist", async () => {
    const w = await world();
    const otherStaff = await makeUser(db, "ENTERPRISE", { enterpriseId: w.otherFirm.id });
    const elsewhere = await submitRequest(await principalOf(db, otherStaff.id), {
      type: "SUPPLY_CHAIN_HANDOFF",
      details: supplyDetails(new Date()),
      idempotencyKey: formKey(),
    });
    const visa = await submitRequest(w.as.staff, { type: "VISA_EXTENSION", details: visaDetails(new Date()), idempotencyKey: formKey() });
    const mine = await submitRequest(w.as.staff, { type: "SUPPLY_CHAIN_HANDOFF", details: supplyDetails(new Date()), idempotencyKey: formKey() });
    for (const ref of [elsewhere.reference, visa.reference]) {
      const res = await call(getRoute, `/api/v1/requests/${ref}`, { key: w.key, params: { reference: ref } });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const list = await call(listRoute, "/api/v1/requests.json", { key: w.key });
    expect(list.body.requests.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([mine.reference]);
  });

  it("lists with filters, a page at a time by cursor, each request once", async () => {
    const w = await world();
    const refs: string[] = [];
    for (let i = 0; i < 53; i++) {
      // An hour apart: enterprise staff may file at most 20 an hour (issue 12).
      const at = new Date(Date.UTC(2026, 10, 1, i));
      refs.push((await submitRequest(w.as.staff, { type: "SUPPLY_CHAIN_HANDOFF", details: supplyDetails(at), idempotencyKey: formKey() }, at)).reference);
    }
    await performCaseAction(w.as.officer, refs[0]!, 0, { action: "reject", reason: "重复提交" });
    const first = await call(listRoute, "/api/v1/requests.json", { key: w.key });
    expect(first.body.requests).toHaveLength(50);
    const second = await call(listRoute, `/api/v1/requests.json?cursor=${first.body.next_cursor}`, { key: w.key });
    expect(second.body.next_cursor).toBeNull();
    const seen = [...first.body.requests, ...second.body.requests].map((r: { service_request_id: string }) => r.service_request_id);
    expect(seen).toEqual([...refs].reverse());
    const closed = await call(listRoute, "/api/v1/requests.json?status=closed", { key: w.key });
    expect(closed.body.requests.map((r: { service_request_id: string; detailed_status: string }) => [r.service_request_id, r.detailed_status])).toEqual([
      [refs[0], "REJECTED"],
    ]);
    const badStatus = await call(listRoute, "/api/v1/requests.json?status=LOST", { key: w.key });
    expect(badStatus.status).toBe(400);
  });

  it("lists only the services it is granted, with the type's attributes", async () => {
    const w = await world();
    const list = await call(servicesRoute, "/api/v1/services.json", { key: w.key });
    expect(list.body.services.map((s: { service_code: string }) => s.service_code)).toEqual(["SUPPLY_CHAIN_HANDOFF"]);
    const def = await call(serviceRoute, "/api/v1/services/SUPPLY_CHAIN_HANDOFF.json", { key: w.key, params: { code: "SUPPLY_CHAIN_HANDOFF.json" } });
    expect(def.body.attributes.find((a: { code: string }) => a.code === "carrierPlate")).toMatchObject({ datatype: "string", required: true });
    expect(def.body.attributes_schema.required).toContain("goods");
    const visa = await call(serviceRoute, "/api/v1/services/VISA_EXTENSION.json", { key: w.key, params: { code: "VISA_EXTENSION.json" } });
    expect(visa.status).toBe(404);
  });
});

describe("keys", () => {
  it("refuses a missing, rotated-away or revoked key, and audits every call a key made", async () => {
    const w = await world();
    const none = await call(listRoute, "/api/v1/requests.json");
    expect(none.status).toBe(401);
    expect(none.body.error.message).toContain("Authorization: Bearer");
    expect((await call(listRoute, "/api/v1/requests.json", { key: "rdk_00000000_" + "A".repeat(43) })).status).toBe(401);
    const admin = await makeAdmin(db);
    const { key: fresh } = await rotateApiKey(admin, w.keyId);
    expect((await call(listRoute, "/api/v1/requests.json", { key: w.key })).status).toBe(401);
    expect((await call(listRoute, "/api/v1/requests.json", { key: fresh })).status).toBe(200);
    await call(getRoute, "/api/v1/requests/YW-2026-999999", { key: fresh, params: { reference: "YW-2026-999999" } });
    await revokeApiKey(admin, w.keyId);
    expect((await call(listRoute, "/api/v1/requests.json", { key: fresh })).status).toBe(401);

    const calls = await db.apiCall.findMany({ where: { keyId: w.keyId }, orderBy: { id: "asc" } });
    expect(calls.map((c) => [c.method, c.path, c.status, c.reference])).toEqual([
      ["GET", "/api/v1/requests.json", 200, null],
      ["GET", "/api/v1/requests/YW-2026-999999", 404, "YW-2026-999999"],
    ]);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: w.keyId } });
    expect(stored.keyHash).not.toContain(fresh.slice(13));
    const audit = await db.auditLog.findMany({ where: { entity: "ApiKey", entityId: w.keyId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["apiKey.create", "apiKey.rotate", "apiKey.revoke"]);
  });

  it("are made by admins only, for registered enterprises and units", async () => {
    const w = await world();
    const admin = await makeAdmin(db);
    const grant = {
      name: "热线",
      canWrite: true,
      types: ["GENERAL"],
      unitIds: [w.unit.id],
      allEnterprises: false,
      enterpriseUsccs: [w.otherFirm.uscc],
      rateLimit: 60,
    };
    await expect(createApiKey(w.as.officer, grant)).rejects.toBeInstanceOf(NotFoundError);
    const unknown = await createApiKey(admin, { ...grant, enterpriseUsccs: ["91330782MA00000000"] }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as ValidationError).fieldErrors).toEqual({ enterpriseUsccs: ["unknownEnterprise"] });
    const noUnit = await createApiKey(admin, { ...grant, unitIds: ["nope"] }).catch((e: unknown) => e);
    expect((noUnit as ValidationError).fieldErrors).toEqual({ unitIds: ["choice"] });
    expect(keyGrantSchema.safeParse({ ...grant, enterpriseUsccs: "", types: [], rateLimit: "60" }).success).toBe(false);
    const parsed = keyGrantSchema.parse({
      ...grant,
      canWrite: "on",
      allEnterprises: undefined,
      enterpriseUsccs: `${w.otherFirm.uscc}\n${w.otherFirm.uscc.toLowerCase()}`,
      rateLimit: "30",
    });
    expect(parsed).toMatchObject({ canWrite: true, allEnterprises: false, enterpriseUsccs: [w.otherFirm.uscc], rateLimit: 30 });
  });

  it("limits calls per minute across racing calls, answering 429 with Retry-After", async () => {
    const w = await world();
    const { key } = await makeKey(db, { types: ["SUPPLY_CHAIN_HANDOFF"], unitIds: [w.unit.id], enterpriseUsccs: [w.enterprise.uscc], rateLimit: 5 });
    const results = await Promise.all(Array.from({ length: 8 }, () => call(servicesRoute, "/api/v1/services.json", { key })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const limited = results.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe("rate_limited");
  });
});
