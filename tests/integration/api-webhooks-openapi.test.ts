import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/requests.json/route";
import { GET as getRoute } from "@/app/api/v1/requests/[reference]/route";
import { GET as servicesRoute } from "@/app/api/v1/services.json/route";
import { GET as serviceRoute } from "@/app/api/v1/services/[code]/route";
import { GET as webhooksRoute, POST as createWebhookRoute } from "@/app/api/v1/webhooks.json/route";
import { DELETE as deleteWebhookRoute } from "@/app/api/v1/webhooks/[id]/route";
import { GET as deliveriesRoute } from "@/app/api/v1/webhooks/[id]/deliveries.json/route";
import { sendDueWebhooks, fanOutWebhooks, BACKOFF_MS } from "@/lib/api/webhooks";
import { verifySignature } from "@/lib/api/webhook-signature";
import { performCaseAction } from "@/lib/cases/perform";
import { submitRequest } from "@/lib/intake/submit";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { call, makeKey } from "../fixtures/api";
import { principalOf } from "../fixtures/factory";
import { formKey, makeIntakeWorld, supplyDetails, visaDetails } from "../fixtures/intake";
import { openApiChecker } from "../fixtures/openapi";
import { resetDb, testDb } from "./db";

const db = testDb();
beforeEach(() => resetDb());

type Heard = { headers: IncomingMessage["headers"]; body: string };

/** A local receiver answering each POST with the next status in `answers` (then 200). */
async function receiver(answers: number[] = []) {
  const heard: Heard[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      heard.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { heard, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function world() {
  const w = await makeIntakeWorld(db);
  const { key } = await makeKey(db, { types: ["SUPPLY_CHAIN_HANDOFF"], unitIds: [w.unit.id], enterpriseUsccs: [w.enterprise.uscc] });
  return { ...w, key };
}

describe("every answer matches the served OpenAPI document", () => {
  it("services, requests, errors and webhooks, as called", async () => {
    const w = await world();
    const { check, doc } = await openApiChecker();
    expect(doc.openapi).toBe("3.1.0");
    const seen: [string, string, number, unknown][] = [];
    const record = async (path: string, method: string, res: Promise<{ status: number; body: unknown }>) => {
      const r = await res;
      seen.push([path, method, r.status, r.body]);
      return r;
    };
    await record("/services.json", "get", call(servicesRoute, "/api/v1/services.json", { key: w.key }));
    await record("/services/{service_code}.json", "get", call(serviceRoute, "/x", { key: w.key, params: { code: "SUPPLY_CHAIN_HANDOFF.json" } }));
    await record("/services/{service_code}.json", "get", call(serviceRoute, "/x", { key: w.key, params: { code: "NOPE" } }));
    const created = await record(
      "/requests.json",
      "post",
      call(createRoute, "/api/v1/requests.json", {
        key: w.key,
        body: {
          service_code: "SUPPLY_CHAIN_HANDOFF",
          enterprise_uscc: w.enterprise.uscc,
          attributes: supplyDetails(new Date()),
          idempotency_key: "hotline-call-000000001",
        },
      }),
    );
    await record(
      "/requests.json",
      "post",
      call(createRoute, "/api/v1/requests.json", {
        key: w.key,
        body: {
          service_code: "SUPPLY_CHAIN_HANDOFF",
          enterprise_uscc: w.enterprise.uscc,
          attributes: supplyDetails(new Date()),
          idempotency_key: "hotline-call-000000001",
        },
      }),
    );
    await record(
      "/requests.json",
      "post",
      call(createRoute, "/api/v1/requests.json", { key: w.key, body: { service_code: "SUPPLY_CHAIN_HANDOFF", enterprise_uscc: "123", attributes: {} } }),
    );
    await record("/requests.json", "post", call(createRoute, "/api/v1/requests.json", { key: w.key, body: "{not json" }));
    const ref = (created.body as { service_request_id: string }).service_request_id;
    await performCaseAction(w.as.officer, ref, 0, { action: "reject", reason: "信息不全" });
    await record("/requests/{service_request_id}.json", "get", call(getRoute, "/x", { key: w.key, params: { reference: ref } }));
    await record("/requests/{service_request_id}.json", "get", call(getRoute, "/x", { key: w.key, params: { reference: "YW-2000-000001" } }));
    await record("/requests.json", "get", call(listRoute, "/api/v1/requests.json?status=closed", { key: w.key }));
    await record("/requests.json", "get", call(listRoute, "/api/v1/requests.json", {}));
    const hook = await record(
      "/webhooks.json",
      "post",
      call(createWebhookRoute, "/api/v1/webhooks.json", { key: w.key, body: { url: "https://hotline.example/hook" } }),
    );
    await record("/webhooks.json", "post", call(createWebhookRoute, "/api/v1/webhooks.json", { key: w.key, body: { url: "ftp://x" } }));
    await record("/webhooks.json", "get", call(webhooksRoute, "/api/v1/webhooks.json", { key: w.key }));
    const id = (hook.body as { id: string }).id;
    await record("/webhooks/{id}/deliveries.json", "get", call(deliveriesRoute, "/x", { key: w.key, params: { id } }));
    await record("/webhooks/{id}.json", "delete", call(deleteWebhookRoute, "/x", { key: w.key, method: "DELETE", params: { id: `${id}.json` } }));

    expect(seen.map(([p, m, s]) => `${m} ${p} ${s}`)).toEqual([
      "get /services.json 200",
      "get /services/{service_code}.json 200",
      "get /services/{service_code}.json 404",
      "post /requests.json 201",
      "post /requests.json 200",
      "post /requests.json 400",
      "post /requests.json 400",
      "get /requests/{service_request_id}.json 200",
      "get /requests/{service_request_id}.json 404",
      "get /requests.json 200",
      "get /requests.json 401",
      "post /webhooks.json 201",
      "post /webhooks.json 400",
      "get /webhooks.json 200",
      "get /webhooks/{id}/deliveries.json 200",
      "delete /webhooks/{id}.json 204",
    ]);
    for (const [path, method, status, body] of seen) expect(check(path, method, status, body), `${method} ${path} ${status}`).toBeNull();
    // A schema that cannot fail would prove nothing: a wrong shape is refused.
    expect(check("/requests/{service_request_id}.json", "get", 200, { service_request_id: 1 })).not.toBeNull();
  });
});

describe("signed webhooks", () => {
  let workers: RunningWorker[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
    while (closers.length) await closers.pop()!();
  });

  it("a status change reaches the receiver once, signed, though two workers run the job", async () => {
    const w = await world();
    const rx = await receiver();
    closers.push(rx.close);
    const hook = await call(createWebhookRoute, "/api/v1/webhooks.json", { key: w.key, body: { url: rx.url } });
    expect(hook.status).toBe(201);
    const created = await call(createRoute, "/api/v1/requests.json", {
      key: w.key,
      body: { service_code: "SUPPLY_CHAIN_HANDOFF", enterprise_uscc: w.enterprise.uscc, attributes: supplyDetails(new Date()) },
    });
    const ref = created.body.service_request_id as string;
    await performCaseAction(w.as.officer, ref, 0, { action: "accept" });

    const url = process.env.DATABASE_URL!;
    for (let i = 0; i < 2; i++)
      workers.push(await startWorker({ connectionString: url, schedule: false, pollingIntervalSeconds: 0.5, mailer: null, log: () => {} }));
    const ids = await Promise.all(workers.map((wk) => wk.boss.send("webhooks", {})));
    await waitFor(async () => (await Promise.all(ids.map((id) => workers[0]!.boss.getJobById("webhooks", id!)))).every((j) => j?.state === "completed"));

    expect(rx.heard).toHaveLength(1);
    const [got] = rx.heard;
    const payload = JSON.parse(got!.body);
    expect(payload).toMatchObject({
      event: "request.status_changed",
      request: { service_request_id: ref, detailed_status: "ACCEPTED", previous_status: "SUBMITTED", status: "open" },
    });
    expect(verifySignature(hook.body.secret, got!.body, String(got!.headers["x-desk-signature"]), new Date())).toBe(true);
    expect(verifySignature("whsec_wrong", got!.body, String(got!.headers["x-desk-signature"]), new Date())).toBe(false);
    expect(got!.headers["x-desk-delivery"]).toBe(payload.id);

    const list = await call(deliveriesRoute, "/x", { key: w.key, params: { id: hook.body.id } });
    expect(list.body.deliveries).toEqual([expect.objectContaining({ service_request_id: ref, status: "SENT", attempts: 1, last_status_code: 200 })]);
  });

  it("retries a refused delivery with backoff and the same body, and gives up after the last step", async () => {
    const w = await world();
    const rx = await receiver([500, 503]);
    closers.push(rx.close);
    await call(createWebhookRoute, "/api/v1/webhooks.json", { key: w.key, body: { url: rx.url } });
    const created = await call(createRoute, "/api/v1/requests.json", {
      key: w.key,
      body: { service_code: "SUPPLY_CHAIN_HANDOFF", enterprise_uscc: w.enterprise.uscc, attributes: supplyDetails(new Date()) },
    });
    await performCaseAction(w.as.officer, created.body.service_request_id, 0, { action: "accept" });
    const t0 = new Date();
    await fanOutWebhooks(db, t0);
    expect(await sendDueWebhooks(db, t0)).toBe(0);
    expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: 500,
      nextAttemptAt: new Date(t0.getTime() + BACKOFF_MS[0]!),
    });
    // Not due yet: nothing is sent before the wait is over.
    expect(await sendDueWebhooks(db, new Date(t0.getTime() + BACKOFF_MS[0]! - 1000))).toBe(0);
    expect(rx.heard).toHaveLength(1);
    const t1 = new Date(t0.getTime() + BACKOFF_MS[0]!);
    await sendDueWebhooks(db, t1);
    const t2 = new Date(t1.getTime() + BACKOFF_MS[1]!);
    expect(await sendDueWebhooks(db, t2)).toBe(1);
    expect(rx.heard.map((h) => h.body)).toEqual([rx.heard[0]!.body, rx.heard[0]!.body, rx.heard[0]!.body]);
    expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 3, lastStatusCode: 200, lastError: null });

    // An endpoint that never answers is given up after the last backoff step.
    await db.webhookEndpoint.updateMany({ data: { url: "http://127.0.0.1:9/closed" } });
    await performCaseAction(w.as.officer, created.body.service_request_id, 1, { action: "start" });
    let at = new Date(t2.getTime() + 1000);
    await fanOutWebhooks(db, at);
    for (let i = 0; i <= BACKOFF_MS.length; i++) {
      await sendDueWebhooks(db, at);
      at = new Date(at.getTime() + (BACKOFF_MS[i] ?? 0));
    }
    const failed = await db.webhookDelivery.findFirstOrThrow({ where: { status: { not: "SENT" } } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: BACKOFF_MS.length + 1 });
  });

  it("does not tell a key about requests it may not read", async () => {
    const w = await world();
    const rx = await receiver();
    closers.push(rx.close);
    await call(createWebhookRoute, "/api/v1/webhooks.json", { key: w.key, body: { url: rx.url } });
    const visa = await submitRequest(w.as.staff, { type: "VISA_EXTENSION", details: visaDetails(new Date()), idempotencyKey: formKey() });
    const exit = await principalOf(db, w.users.exitOfficer.id);
    await performCaseAction(exit, visa.reference, 0, { action: "accept" });
    expect(await fanOutWebhooks(db, new Date())).toBe(0);
    expect(await db.webhookDelivery.count()).toBe(0);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("jobs did not complete in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}
