import { beforeEach, describe, expect, it } from "vitest";
import { aliyunProvider } from "@/lib/notifications/sms/aliyun";
import { CODE_TTL_MS, sendTrackCode } from "@/lib/track/sms-code";
import { checkStatus } from "@/lib/track/status-check";
import { makeCase, makeCaseWorld } from "../fixtures/cases";
import type { SmsProvider } from "@/lib/notifications/sms/provider";
import { ALIYUN_DOC_KEYS, NUMBERS, SMS_TEST_TEMPLATES, startContractServer, type ContractServer } from "../fixtures/sms-contract";
import { resetDb, testDb } from "./db";

const db = testDb();
const now = new Date("2026-03-04T10:00:00+08:00");
const later = (ms: number) => new Date(now.getTime() + ms);
beforeEach(() => resetDb());

async function world() {
  const w = await makeCaseWorld(db);
  await db.enterprise.update({ where: { id: w.enterprise.id }, data: { contactPhone: "138 1234 5678" } });
  const c = await makeCase(db, w, { reference: "YW-2026-000451", status: "IN_PROGRESS", dueAt: new Date("2026-03-05T09:00:00+08:00") });
  return { w, c };
}

describe("/track", () => {
  it("shows status, unit, next step and due time for the right reference and digits, and nothing personal", async () => {
    const { w } = await world();
    const result = await checkStatus(db, { reference: " yw-2026-000451 ", digits: "5678", client: "1.2.3.4" }, now);
    expect(result).toEqual({
      found: true,
      view: {
        reference: "YW-2026-000451",
        type: "SUPPLY_CHAIN_HANDOFF",
        status: "IN_PROGRESS",
        unitZh: w.unit.nameZh,
        unitEn: w.unit.nameEn,
        step: "work",
        dueAt: "2026-03-05T01:00:00.000Z",
      },
    });
    const shown = JSON.stringify(result);
    for (const personal of [w.enterprise.name, w.enterprise.contactName, "13812345678", "钢材"]) expect(shown).not.toContain(personal);
  });

  it("answers wrong digits and unknown references alike, and slows down after a few wrong tries", async () => {
    await world();
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "0000", client: "a" }, now)).toEqual({ found: false, retryAfterSeconds: 0 });
    expect(await checkStatus(db, { reference: "YW-2026-999999", digits: "5678", client: "b" }, now)).toEqual({ found: false, retryAfterSeconds: 0 });
    // The third wrong try for this reference: from now on the next one waits.
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "1111", client: "c" }, later(1000))).toEqual({ found: false, retryAfterSeconds: 0 });
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "2222", client: "d" }, later(2000))).toEqual({ found: false, retryAfterSeconds: 30 });
    // While it waits even the right digits are not checked…
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "e" }, later(10_000))).toEqual({ found: false, retryAfterSeconds: 22 });
    // …and afterwards they work again; each further wrong try doubles the wait.
    expect((await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "e" }, later(33_000))).found).toBe(true);
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "3333", client: "f" }, later(34_000))).toEqual({ found: false, retryAfterSeconds: 60 });
  });

  it("slows down one client guessing across many references", async () => {
    await world();
    for (let i = 0; i < 3; i++) await checkStatus(db, { reference: `YW-2026-00010${i}`, digits: "0000", client: "9.9.9.9" }, later(i));
    expect(await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "9.9.9.9" }, later(10))).toEqual({
      found: false,
      retryAfterSeconds: 30,
    });
    expect((await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "8.8.8.8" }, later(10))).found).toBe(true);
  });

  it("says an answer is needed (clock paused) while the team waits on the enterprise", async () => {
    const { w } = await world();
    await db.request.update({ where: { reference: "YW-2026-000451" }, data: { status: "NEEDS_INFO" } });
    void w;
    const result = await checkStatus(db, { reference: "YW-2026-000451", digits: "5678", client: "x" }, now);
    expect(result).toMatchObject({ found: true, view: { step: "answer", dueAt: null } });
  });
});

/** The world with a reachable contact mobile, and the Alibaba Cloud adapter pointed at the contract stand-in. */
async function withTextingWorld(run: (server: ContractServer, sms: SmsProvider) => Promise<void>) {
  const server = await startContractServer("aliyun");
  try {
    const { w } = await world();
    await db.enterprise.update({ where: { id: w.enterprise.id }, data: { contactPhone: NUMBERS.ok } });
    await run(server, aliyunProvider({ ...ALIYUN_DOC_KEYS, signName: "义乌助企", templates: SMS_TEST_TEMPLATES, endpoint: server.url }));
  } finally {
    await server.close();
  }
}

describe("/track with a texted code", () => {
  it("texts a one-time code to the contact mobile through the provider; the code opens the status once", async () => {
    await withTextingWorld(async (server, sms) => {
      expect(await sendTrackCode(db, sms, { reference: "yw-2026-000451", client: "c1" }, now)).toEqual({ ok: true });
      expect(server.problems).toEqual([]);
      expect(server.calls).toHaveLength(1);
      const call = server.calls[0]!;
      expect(call).toMatchObject({ signatureOk: true, phone: NUMBERS.ok, template: SMS_TEST_TEMPLATES.TRACK_CODE });
      const code = (call.params as Record<string, string>).code!;
      expect(code).toMatch(/^\d{6}$/);
      expect(call.params).toEqual({ reference: "YW-2026-000451", code });
      // The outbox records that a code went out, never the code.
      const row = await db.outbox.findFirstOrThrow({ where: { kind: "TRACK_CODE" } });
      expect(row).toMatchObject({ status: "SENT", provider: "aliyun" });
      expect(JSON.stringify(row)).not.toContain(code);

      // Another code for the same case only after a minute; an unknown reference answers the same and sends nothing.
      expect(await sendTrackCode(db, sms, { reference: "YW-2026-000451", client: "c1" }, later(10_000))).toEqual({ ok: false, retryAfterSeconds: 50 });
      expect(await sendTrackCode(db, sms, { reference: "YW-2026-999999", client: "c1" }, later(11_000))).toEqual({ ok: true });
      expect(server.calls).toHaveLength(1);

      const wrong = code === "000000" ? "111111" : "000000";
      expect((await checkStatus(db, { reference: "YW-2026-000451", digits: wrong, client: "c2" }, later(20_000))).found).toBe(false);
      expect(await checkStatus(db, { reference: "YW-2026-000451", digits: code, client: "c2" }, later(21_000))).toMatchObject({
        found: true,
        view: { status: "IN_PROGRESS" },
      });
      expect((await checkStatus(db, { reference: "YW-2026-000451", digits: code, client: "c2" }, later(22_000))).found).toBe(false);
    });
  });

  it("a code expires after ten minutes", async () => {
    await withTextingWorld(async (server, sms) => {
      await sendTrackCode(db, sms, { reference: "YW-2026-000451", client: "c1" }, now);
      const code = (server.calls[0]!.params as Record<string, string>).code!;
      expect((await checkStatus(db, { reference: "YW-2026-000451", digits: code, client: "c3" }, later(CODE_TTL_MS + 1000))).found).toBe(false);
    });
  });
});
