import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { findRequestType, registerRequestType } from "@/lib/request-types/registry";
import { submitRequest } from "@/lib/intake/submit";
import type { RequestTypeDef } from "@/lib/request-types/type-def";
import { makeBureau } from "../fixtures/factory";
import { formKey, makeIntakeWorld } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
const NOW = new Date("2026-11-27T10:00:00+08:00");

// A fifth type that exists only in this test: a health check of returning workers, for the Health Bureau.
const schema = z.object({ workers: z.number({ error: "required" }).int().positive({ error: "positive" }), fromHighRisk: z.boolean() });
const healthCheck: RequestTypeDef<z.infer<typeof schema>> = {
  key: "TEST_HEALTH_CHECK",
  messages: {
    "zh-CN": {
      label: "返岗人员健康核查",
      description: "返岗员工需要卫健部门核查。",
      fields: { workers: { label: "返岗人数" }, fromHighRisk: { label: "来自中高风险地区" } },
    },
    en: {
      label: "Returning-worker health check",
      description: "Returning workers need a check by the health office.",
      fields: { workers: { label: "Workers returning" }, fromHighRisk: { label: "From a higher-risk area" } },
    },
  },
  fields: [
    { name: "workers", kind: "number" },
    { name: "fromHighRisk", kind: "checkbox" },
  ],
  schema: () => schema,
  unit: { kind: "unit", code: "HEALTH" },
  sla: { firstResponse: { amount: 4, unit: "hours" }, resolution: { amount: 2, unit: "workingDays" } },
  priority: (d) => (d.fromHighRisk ? "HIGH" : "LOW"),
  summary: (d) => `${d.workers}`,
  searchable: [],
};

beforeEach(() => resetDb());

describe("a new request type", () => {
  it("is filed through the same path as the built-in ones once registered, with its own unit, SLA, priority and checks", async () => {
    registerRequestType(healthCheck as RequestTypeDef);
    expect(findRequestType("TEST_HEALTH_CHECK")).not.toBeNull();
    const w = await makeIntakeWorld(db);
    const health = await makeBureau(db, "HEALTH");

    const res = await submitRequest(w.as.staff, { type: "TEST_HEALTH_CHECK", details: { workers: 12, fromHighRisk: true }, idempotencyKey: formKey() }, NOW);
    const row = await db.request.findUniqueOrThrow({ where: { reference: res.reference } });
    expect(row).toMatchObject({
      type: "TEST_HEALTH_CHECK",
      unitId: health.id,
      assigneeId: null,
      priority: "HIGH",
      details: { workers: 12, fromHighRisk: true },
    });
    expect(row.firstResponseDueAt).toEqual(new Date("2026-11-27T14:00:00+08:00"));
    // Friday + 2 working days: Tuesday, same time.
    expect(row.dueAt).toEqual(new Date("2026-12-01T10:00:00+08:00"));

    const err = await submitRequest(
      w.as.staff,
      { type: "TEST_HEALTH_CHECK", details: { workers: 0, fromHighRisk: false }, idempotencyKey: formKey() },
      NOW,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({ workers: ["positive"] });
  });
});
