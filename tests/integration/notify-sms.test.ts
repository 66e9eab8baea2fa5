import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { performCaseAction } from "@/lib/cases/perform";
import { getOwnEnterprise, updateContactPreference } from "@/lib/enterprises/profile";
import { contactPreferenceSchema } from "@/lib/enterprises/schemas";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { aliyunProvider } from "@/lib/notifications/sms/aliyun";
import { logProvider } from "@/lib/notifications/sms/log";
import type { SmsProvider } from "@/lib/notifications/sms/provider";
import { tencentProvider } from "@/lib/notifications/sms/tencent";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import { ALIYUN_DOC_KEYS, NUMBERS, SMS_TEST_TEMPLATES, startContractServer, TENCENT_DOC_KEYS, type ContractServer } from "../fixtures/sms-contract";
import { resetDb, testDb } from "./db";

const db = testDb();
const templates = SMS_TEST_TEMPLATES;
const at = (s: string) => new Date(`${s}+08:00`);
const ORIGIN = "https://desk.example.gov.cn";

let server: ContractServer | null = null;
beforeEach(() => resetDb());
afterEach(async () => {
  await server?.close();
  server = null;
});

function provider(kind: "aliyun" | "tencent", url: string): SmsProvider {
  return kind === "aliyun"
    ? aliyunProvider({ ...ALIYUN_DOC_KEYS, signName: "义乌助企", templates, endpoint: url })
    : tencentProvider({ ...TENCENT_DOC_KEYS, sdkAppId: "1400006666", signName: "义乌助企", templates, endpoint: url });
}

/** A world whose enterprise wants texts, and a case in progress with an officer on it. */
async function textingWorld(opts: { hours?: string | null; phone?: string } = {}) {
  const w = await makeCaseWorld(db, { contactChannel: "SMS" });
  await db.enterprise.update({ where: { id: w.enterprise.id }, data: { contactHours: opts.hours ?? "每天 08:00–20:00" } });
  await db.user.update({ where: { id: w.users.staff.id }, data: { phone: opts.phone ?? NUMBERS.ok } });
  const c = await makeCase(db, w, { status: "IN_PROGRESS", assigneeId: w.users.officerA.id, version: 0, submittedAt: at("2026-03-04T09:00:00") });
  return { w, c };
}

async function smsRows() {
  return db.outbox.findMany({ where: { channel: "SMS" }, orderBy: { createdAt: "asc" } });
}

describe.each(["aliyun", "tencent"] as const)("%s SendSms", (kind) => {
  it("an officer's question reaches the enterprise as exactly one correctly signed text with the template's parameters", async () => {
    server = await startContractServer(kind);
    const { w, c } = await textingWorld();
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "车辆几点到高速口？" }, at("2026-03-04T10:00:00"));
    const senders = { mailer: null, sms: provider(kind, server.url), origin: ORIGIN };
    expect(await deliverOutbox(db, senders, at("2026-03-04T10:00:05"))).toBe(1);
    expect(await deliverOutbox(db, senders, at("2026-03-04T10:05:00"))).toBe(0);

    expect(server.problems).toEqual([]);
    expect(server.calls).toHaveLength(1);
    const call = server.calls[0]!;
    expect(call.signatureOk).toBe(true);
    expect(call.template).toBe(templates.CASE_STATUS);
    expect(call.signName).toBe("义乌助企");
    if (kind === "aliyun") {
      expect(call.phone).toBe(NUMBERS.ok);
      expect(call.params).toEqual({ reference: c.reference, status: "待补充" });
    } else {
      expect(call.phone).toBe(`+86${NUMBERS.ok}`);
      expect(call.params).toEqual([c.reference, "待补充"]);
    }
    const [row] = await smsRows();
    expect(row).toMatchObject({
      status: "SENT",
      provider: kind,
      providerId: kind === "aliyun" ? "900619746936498440^0" : "5000:1045710669157053657849499619",
      attempts: 1,
    });
    // What the outbox page shows links to the status check, not to anything personal.
    expect(row!.body).toContain("/track");
    expect(row!.body).not.toContain("车辆几点到高速口");
  });

  it("retries a throttled text later, and fails a bad number or an unapproved template for good with the provider's code", async () => {
    server = await startContractServer(kind);
    const { w } = await textingWorld();
    const now = at("2026-03-04T10:00:00");
    for (const to of [NUMBERS.throttled, NUMBERS.templateRefused, NUMBERS.bad]) {
      await db.outbox.create({
        data: { channel: "SMS", to, subject: "s", body: "b", kind: "REPLY", params: { reference: "YW-2026-000777" }, sendAfter: now, createdAt: now },
      });
    }
    expect(await deliverOutbox(db, { mailer: null, sms: provider(kind, server.url), origin: ORIGIN }, now)).toBe(0);
    expect(server.problems).toEqual([]);
    expect(server.calls.every((c) => c.signatureOk)).toBe(true);
    const byTo = Object.fromEntries((await smsRows()).map((r) => [r.to, r]));
    const codes =
      kind === "aliyun"
        ? { throttled: "isv.BUSINESS_LIMIT_CONTROL", template: "isv.SMS_TEMPLATE_ILLEGAL", bad: "isv.MOBILE_NUMBER_ILLEGAL" }
        : {
            throttled: "LimitExceeded.PhoneNumberThirtySecondLimit",
            template: "FailedOperation.TemplateIncorrectOrUnapproved",
            bad: "InvalidParameterValue.IncorrectPhoneNumber",
          };
    expect(byTo[NUMBERS.throttled]).toMatchObject({
      status: "PENDING",
      providerCode: codes.throttled,
      attempts: 1,
      sendAfter: new Date(now.getTime() + 60_000),
    });
    expect(byTo[NUMBERS.templateRefused]).toMatchObject({ status: "FAILED", providerCode: codes.template });
    expect(byTo[NUMBERS.bad]).toMatchObject({ status: "FAILED", providerCode: codes.bad });
    void w;

    // The throttled one goes again after its backoff, until the tries run out: then it is given up.
    let clock = now.getTime();
    for (let i = 0; i < 10; i++) {
      clock += 60 * 60_000;
      await deliverOutbox(db, { mailer: null, sms: provider(kind, server.url), origin: ORIGIN }, new Date(clock));
    }
    expect(await db.outbox.findFirst({ where: { to: NUMBERS.throttled } })).toMatchObject({ status: "GIVEN_UP", attempts: 5 });
    expect(server.calls.filter((c) => c.phone.endsWith(NUMBERS.throttled))).toHaveLength(5);
    expect(server.calls.filter((c) => c.phone.endsWith(NUMBERS.templateRefused))).toHaveLength(1);
  });
});

describe("quiet hours", () => {
  it("holds a text due at 23:00 until the enterprise's morning", async () => {
    server = await startContractServer("aliyun");
    const { w, c } = await textingWorld({ hours: "每天 08:00–20:00" });
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "明早几点到？" }, at("2026-03-04T23:00:00"));
    const senders = { mailer: null, sms: provider("aliyun", server.url), origin: ORIGIN };
    expect(await deliverOutbox(db, senders, at("2026-03-04T23:00:30"))).toBe(0);
    expect(await deliverOutbox(db, senders, at("2026-03-05T07:59:00"))).toBe(0);
    expect(server.calls).toHaveLength(0);
    expect((await smsRows())[0]).toMatchObject({ status: "PENDING", sendAfter: at("2026-03-05T08:00:00") });
    expect(await deliverOutbox(db, senders, at("2026-03-05T08:00:00"))).toBe(1);
    expect(server.calls).toHaveLength(1);
  });

  it("keeps a retry after throttling inside the hours too", async () => {
    server = await startContractServer("aliyun");
    const { w, c } = await textingWorld({ hours: "每天 08:00–20:00", phone: NUMBERS.throttled });
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "几点到？" }, at("2026-03-04T19:59:30"));
    await deliverOutbox(db, { mailer: null, sms: provider("aliyun", server.url), origin: ORIGIN }, at("2026-03-04T19:59:40"));
    expect(server.calls).toHaveLength(1);
    expect((await smsRows())[0]).toMatchObject({ status: "PENDING", providerCode: "isv.BUSINESS_LIMIT_CONTROL", sendAfter: at("2026-03-05T08:00:00") });
  });

  it("lets an urgent supply-chain text through at night only for an enterprise that opted in", async () => {
    server = await startContractServer("aliyun");
    const { w, c } = await textingWorld({ hours: "工作日 08:30–17:30" });
    await db.request.update({ where: { id: c.id }, data: { priority: "URGENT" } });
    const senders = { mailer: null, sms: provider("aliyun", server.url), origin: ORIGIN };
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "司机电话？" }, at("2026-03-04T23:00:00"));
    expect(await deliverOutbox(db, senders, at("2026-03-04T23:00:10"))).toBe(0);

    await db.enterprise.update({ where: { id: w.enterprise.id }, data: { urgentTextsAnyHour: true } });
    await performCaseAction(w.as.staff, c.reference, 1, { action: "answer", answer: "13911112222" }, at("2026-03-04T23:10:00"));
    await performCaseAction(w.as.officerA, c.reference, 2, { action: "ask", question: "车牌？" }, at("2026-03-04T23:20:00"));
    expect(await deliverOutbox(db, senders, at("2026-03-04T23:20:10"))).toBe(1);
    expect(server.calls).toHaveLength(1);
  });
});

describe("the urgent opt-in", () => {
  it("is the company's own choice on its contact preference, off by default, and audited", async () => {
    const { w } = await textingWorld();
    const base = { contactChannel: "SMS", contactHours: "工作日 08:30–17:30", contactName: "张三", contactPhone: "13800000000", contactEmail: "" };
    expect(contactPreferenceSchema.parse(base).urgentTextsAnyHour).toBe(false);
    await updateContactPreference(w.as.staff, contactPreferenceSchema.parse({ ...base, urgentTextsAnyHour: "on" }));
    expect(await getOwnEnterprise(w.as.staff)).toMatchObject({ urgentTextsAnyHour: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.enterprise.id, action: "enterprise.contactPreference" } });
    expect(audit).toMatchObject({ actorId: w.users.staff.id, after: { urgentTextsAnyHour: true } });
  });
});

describe("without a provider", () => {
  it("marks each text 'not sent: no provider' instead of leaving it waiting", async () => {
    const { w, c } = await textingWorld();
    await performCaseAction(w.as.officerA, c.reference, 0, { action: "ask", question: "?" }, at("2026-03-04T10:00:00"));
    expect(await deliverOutbox(db, { mailer: null, sms: logProvider, origin: ORIGIN }, at("2026-03-04T10:00:01"))).toBe(0);
    expect((await smsRows())[0]).toMatchObject({ status: "NOT_SENT", providerCode: "NO_PROVIDER", provider: "log" });
  });
});
