import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliveryByChannel, retryOutbox } from "@/lib/admin/outbox";
import { deliveryProviders } from "@/lib/notifications/providers";
import { createPrismaClient } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { createInvitation, lookupInvitation } from "@/lib/enterprises/invitations";
import { appOrigin } from "@/lib/http/origin";
import { deliverOutbox, mailerFromEnv } from "@/lib/notifications/deliver";
import { notify } from "@/lib/notifications/notify";
import type { SmsProvider } from "@/lib/notifications/sms/provider";
import { makeCaseWorld } from "../fixtures/cases";
import { resetDb, testDb } from "./db";

const db = testDb();
const now = new Date("2026-03-04T10:00:00+08:00");
beforeEach(() => resetDb());

/** A real SMTP server on a free port that keeps every message it receives, parsed. */
async function startSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>> | null = null;
const savedAppUrl = process.env.APP_URL;
afterEach(async () => {
  await smtp?.close();
  smtp = null;
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

describe("e-mail over SMTP", () => {
  it("delivers the invitation, and its link works", async () => {
    smtp = await startSmtp();
    process.env.APP_URL = "https://desk.example.gov.cn";
    const w = await makeCaseWorld(db);
    // The invitation flow is queued by the database clock, so this one runs on the real clock.
    const today = new Date();
    await createInvitation(w.as.staff, "colleague@hardware.test", appOrigin(), today);
    expect(
      await deliverOutbox(db, { mailer: mailerFromEnv({ SMTP_URL: smtp.url }), sms: null, from: "复工助企服务台 <no-reply@desk.example.gov.cn>" }, new Date()),
    ).toBe(1);

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("colleague@hardware.test");
    expect(mail.subject).toContain(w.enterprise.name);
    const link = /https:\/\/desk\.example\.gov\.cn\/invite\/([\w-]+)/.exec(mail.text ?? "");
    expect(link).not.toBeNull();
    expect(await lookupInvitation(link![1]!, today)).toEqual({ email: "colleague@hardware.test", enterpriseName: w.enterprise.name });
    // No secrets: not the stored hash of the token, not the site's keys, not the SMTP address.
    const token = await db.userToken.findFirstOrThrow({ where: { email: "colleague@hardware.test" } });
    expect(mail.text).not.toContain(token.tokenHash);
    expect(mail.text).not.toContain(process.env.AUTH_SECRET!);
    expect(mail.text).not.toContain(smtp.url);
    expect(await db.outbox.findFirst()).toMatchObject({ status: "SENT", provider: "smtp", providerId: expect.stringMatching(/^<.+>$/) });
  });

  it("writes a notice when it sends: links from the APP_URL in force then, both languages for someone who chose none", async () => {
    smtp = await startSmtp();
    process.env.APP_URL = "https://old.example.gov.cn";
    const w = await makeCaseWorld(db);
    await db.$transaction((tx) =>
      notify(tx, { userIds: [w.users.officerA.id], kind: "NEW_CASE", params: { reference: "YW-2026-000321", type: "GENERAL" }, now }),
    );
    process.env.APP_URL = "https://desk.example.gov.cn";
    await db.user.update({ where: { id: w.users.officerB.id }, data: { locale: "en" } });
    await db.$transaction((tx) =>
      notify(tx, { userIds: [w.users.officerB.id], kind: "NEW_CASE", params: { reference: "YW-2026-000321", type: "GENERAL" }, now }),
    );
    expect(await deliverOutbox(db, { mailer: mailerFromEnv({ SMTP_URL: smtp.url }), sms: null }, now)).toBe(2);

    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to && !Array.isArray(m.to) ? m.to.text : "", m]));
    const both = byTo[w.users.officerA.email]!;
    expect(both.subject).toBe("本单位队列新到需求 YW-2026-000321 / New case YW-2026-000321 arrived in your unit's queue");
    expect(both.text).toContain("查看详情：https://desk.example.gov.cn/cases/YW-2026-000321");
    expect(both.text).toContain("Open it here: https://desk.example.gov.cn/cases/YW-2026-000321");
    expect(both.text).not.toContain("old.example.gov.cn");
    const english = byTo[w.users.officerB.email]!;
    expect(english.subject).toBe("New case YW-2026-000321 arrived in your unit's queue");
    expect(english.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("fails a refused recipient for good with the SMTP code", async () => {
    const w = await makeCaseWorld(db);
    await db.outbox.create({ data: { to: w.users.officerA.email, subject: "s", body: "b", sendAfter: now } });
    const refusing = {
      sendMail: async () => {
        throw Object.assign(new Error("550 mailbox unavailable"), { responseCode: 550 });
      },
    };
    await deliverOutbox(db, { mailer: refusing, sms: null }, now);
    expect(await db.outbox.findFirst()).toMatchObject({ status: "FAILED", providerCode: "SMTP_550", attempts: 1 });
  });
});

describe("two workers", () => {
  it("send each message once between them", async () => {
    const w = await makeCaseWorld(db);
    await db.outbox.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        channel: i % 2 ? "SMS" : "EMAIL",
        to: i % 2 ? "13900000001" : `p${i}@test.local`,
        subject: "s",
        body: "b",
        kind: "REPLY",
        params: { reference: `R${i}` },
        sendAfter: now,
      })),
    });
    void w;
    const handed: string[] = [];
    const slow = () => new Promise((r) => setTimeout(r, 20));
    const sms: SmsProvider = {
      name: "aliyun",
      send: async (m) => {
        handed.push(m.outboxId);
        await slow();
        return { ok: true, providerId: `biz-${m.outboxId}` };
      },
    };
    const mailer = {
      sendMail: async (m: { to: string; subject: string }) => {
        handed.push(m.to);
        await slow();
        return { messageId: `<${m.to}>` };
      },
    };
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const senders = { mailer, sms, origin: "https://desk.example.gov.cn" };
      let total = 0;
      for (let round = 0; round < 3; round++) {
        const counts = await Promise.all([deliverOutbox(db, senders, now), deliverOutbox(other, senders, now)]);
        total += counts[0] + counts[1];
      }
      expect(total).toBe(30);
      expect(handed).toHaveLength(30);
      expect(new Set(handed).size).toBe(30);
      expect(await db.outbox.count({ where: { status: "SENT" } })).toBe(30);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("the admin's view of delivery", () => {
  it("counts per channel and state, names the providers plainly, and sends a given-up or unsent message again", async () => {
    const w = await makeCaseWorld(db);
    const row = (channel: string, status: "SENT" | "FAILED" | "GIVEN_UP" | "NOT_SENT" | "PENDING") =>
      db.outbox.create({ data: { channel, status, to: channel === "SMS" ? "13900000001" : "a@test.local", subject: "s", body: "b", sendAfter: now } });
    await row("EMAIL", "SENT");
    await row("EMAIL", "SENT");
    await row("EMAIL", "FAILED");
    const givenUp = await row("SMS", "GIVEN_UP");
    const unsent = await row("SMS", "NOT_SENT");
    const waiting = await row("SMS", "PENDING");
    const counts = await deliveryByChannel(w.as.admin);
    expect(counts.EMAIL).toMatchObject({ SENT: 2, FAILED: 1, PENDING: 0, NOT_SENT: 0 });
    expect(counts.SMS).toMatchObject({ SENT: 0, GIVEN_UP: 1, NOT_SENT: 1, PENDING: 1 });
    await expect(deliveryByChannel(w.as.officerA)).rejects.toThrow();

    expect(deliveryProviders({})).toEqual({ EMAIL: null, SMS: null });
    expect(deliveryProviders({ SMTP_URL: "smtp://x", SMS_PROVIDER: "aliyun" })).toEqual({ EMAIL: "smtp", SMS: "aliyun" });
    expect(deliveryProviders({ SMS_PROVIDER: "log" })).toEqual({ EMAIL: null, SMS: null });

    for (const r of [givenUp, unsent]) {
      await retryOutbox(w.as.admin, r.id, now);
      expect(await db.outbox.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "PENDING", attempts: 0, providerCode: null, sendAfter: now });
    }
    await expect(retryOutbox(w.as.admin, waiting.id, now)).rejects.toBeInstanceOf(ValidationError);
  });
});
