import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashToken } from "@/lib/account/token";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { acceptInvitation, createInvitation, lookupInvitation, pendingInvitations } from "@/lib/enterprises/invitations";
import { getOwnEnterprise, updateContactPreference } from "@/lib/enterprises/profile";
import { registerEnterprise, registerOrTellOwner } from "@/lib/enterprises/register";
import { contactPreferenceSchema, registrationSchema } from "@/lib/enterprises/schemas";
import { decideRegistration, pendingRegistrations } from "@/lib/enterprises/verification";
import { makeBureau, makeTownshipUnit, makeUscc, makeUser, principalOf } from "../fixtures/factory";
import { resetDb, testDb } from "./db";

const db = testDb();
const NOW = new Date("2026-11-27T10:00:00+08:00");
const DAY = 86_400_000;

beforeEach(() => resetDb());

/** What the registration form sends. */
function raw(townshipId: string, over: Record<string, unknown> = {}) {
  return {
    companyName: "义乌测试五金有限公司",
    uscc: makeUscc().toLowerCase(),
    townshipId,
    park: "",
    address: "义乌市赤岸镇工业路8号",
    contactName: "李娜",
    contactPhone: "138 0000 1234",
    whitelisted: "on",
    name: "李娜",
    email: "Li.Na@Hardware.test",
    password: "五金厂复工第一天加油",
    ...over,
  };
}

const form = (townshipId: string, over: Record<string, unknown> = {}) => registrationSchema.parse(raw(townshipId, over));

async function refusal(p: Promise<unknown>): Promise<Record<string, string[]>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(err)}`);
  return err.fieldErrors;
}

describe("registration", () => {
  it("creates a pending company and its first account, which can sign in", async () => {
    const { township } = await makeTownshipUnit(db);
    const input = form(township.id);
    expect(input).toMatchObject({ email: "li.na@hardware.test", contactPhone: "13800001234", whitelisted: true, aboveScale: false, park: null });
    const { userId, enterpriseId } = await registerEnterprise(input, NOW);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId } })).toMatchObject({
      status: "PENDING",
      uscc: input.uscc,
      townshipId: township.id,
      whitelisted: true,
    });
    expect(await authenticate("li.na@hardware.test", "五金厂复工第一天加油")).toMatchObject({ id: userId, role: "ENTERPRISE" });
  });

  it("refuses a USCC or email already registered, on its field, also when two registrations race", async () => {
    const { township } = await makeTownshipUnit(db);
    const first = form(township.id);
    await registerEnterprise(first, NOW);
    expect(await refusal(registerEnterprise(form(township.id, { uscc: first.uscc, email: "other@x.test" }), NOW))).toEqual({ uscc: ["usccTaken"] });
    expect(await refusal(registerEnterprise(form(township.id, { email: first.email }), NOW))).toEqual({ email: ["emailTaken"] });
    // What /register does: the same answer as for a new address, and the owner hears of it by email.
    const before = await db.enterprise.count();
    await expect(registerOrTellOwner(form(township.id, { email: first.email }), "https://desk.example", NOW)).resolves.toBeUndefined();
    expect(await db.enterprise.count()).toBe(before);
    expect(await db.outbox.findFirstOrThrow({ where: { to: first.email }, orderBy: { createdAt: "desc" } })).toMatchObject({
      body: expect.stringContaining("https://desk.example/login"),
    });
    // A taken USCC is still said; the taken email is not, even beside it.
    expect(await refusal(registerOrTellOwner(form(township.id, { uscc: first.uscc, email: first.email }), "https://desk.example", NOW))).toEqual({
      uscc: ["usccTaken"],
    });

    const same = form(township.id, { email: "race@x.test" });
    const results = await Promise.allSettled([registerEnterprise(same, NOW), registerEnterprise({ ...same, email: "race2@x.test" }, NOW)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.enterprise.count({ where: { uscc: same.uscc } })).toBe(1);
  });

  it("checks the USCC's check character and the password policy in the schema", () => {
    const bad = registrationSchema.safeParse(raw("t", { uscc: "91330782MA2XXXXXX1", password: "1234567890" }));
    expect(bad.success).toBe(false);
    const errors = bad.error!.issues.map((i) => [i.path.join("."), i.message]);
    // Both at once: the weak password is named beside the wrong USCC, not after it is fixed.
    expect(errors).toEqual(
      expect.arrayContaining([
        ["uscc", "uscc"],
        ["password", "passwordCommon"],
      ]),
    );
    const weak = registrationSchema.safeParse(raw("t", { password: "1234567890" }));
    expect(weak.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "passwordCommon"]]);
  });
});

describe("invitations", () => {
  async function world() {
    const { township } = await makeTownshipUnit(db);
    const { userId, enterpriseId } = await registerEnterprise(form(township.id), NOW);
    return { enterpriseId, staff: await principalOf(db, userId) };
  }

  it("let a colleague join once with a link that expires, and go out by email", async () => {
    const w = await world();
    const { link } = await createInvitation(w.staff, "colleague@hardware.test", "https://desk.example/", NOW);
    expect(link).toMatch(/^https:\/\/desk\.example\/invite\/[\w-]{43}$/);
    const token = link.split("/").pop()!;
    expect(await db.userToken.findFirst({ where: { tokenHash: token } })).toBeNull();
    // The outbox holds no working link (audit: a copy of the table could take over the account)…
    const queued = await db.outbox.findFirstOrThrow({ where: { to: "colleague@hardware.test" } });
    expect(JSON.stringify(await db.outbox.findMany())).not.toContain(token);
    expect(queued.body).toContain("[[link]]");
    // …and the email that goes out has it.
    const sent: string[] = [];
    // Delivered when the worker next runs (the row is due from the moment it was queued, by the database clock).
    await deliverOutbox(db, { mailer: { sendMail: async (m) => void sent.push(m.text) }, sms: null }, new Date());
    expect(sent.find((text) => text.includes(link))).toBeDefined();
    expect(await db.outbox.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "SENT", sealedLink: null });
    expect(await pendingInvitations(w.staff, NOW)).toHaveLength(1);

    expect(await lookupInvitation(token, NOW)).toEqual({ email: "colleague@hardware.test", enterpriseName: "义乌测试五金有限公司" });
    expect(await refusal(acceptInvitation(token, { name: "王强", password: "short" }, NOW))).toEqual({ password: ["passwordTooShort"] });
    await acceptInvitation(token, { name: "王强", password: "我们一起复工复产吧加油" }, NOW);
    const colleague = await db.user.findUniqueOrThrow({ where: { email: "colleague@hardware.test" } });
    expect(colleague).toMatchObject({ role: "ENTERPRISE", enterpriseId: w.enterpriseId, name: "王强" });

    expect(await lookupInvitation(token, NOW)).toBeNull();
    expect(await refusal(acceptInvitation(token, { name: "王强", password: "我们一起复工复产吧加油" }, NOW))).toEqual({ token: ["linkInvalid"] });
  });

  it("stop working after seven days, when replaced, and refuse an address that already has an account", async () => {
    const w = await world();
    const first = (await createInvitation(w.staff, "a@hardware.test", "http://x", NOW)).link.split("/").pop()!;
    expect(await lookupInvitation(first, new Date(NOW.getTime() + 7 * DAY + 1))).toBeNull();
    const second = (await createInvitation(w.staff, "a@hardware.test", "http://x", NOW)).link.split("/").pop()!;
    expect(await lookupInvitation(first, NOW)).toBeNull();
    expect(await lookupInvitation(second, NOW)).not.toBeNull();
    // An address with an account gets an answer like any other (a link that does not work); its owner is emailed.
    const decoy = (await createInvitation(w.staff, "li.na@hardware.test", "http://x", NOW)).link;
    expect(decoy).toMatch(/^http:\/\/x\/invite\/[\w-]{43}$/);
    expect(await lookupInvitation(decoy.split("/").pop()!, NOW)).toBeNull();
    expect(await db.outbox.findFirstOrThrow({ where: { to: "li.na@hardware.test" }, orderBy: { createdAt: "desc" } })).toMatchObject({
      body: expect.stringContaining("http://x/login"),
    });
    const officer = await principalOf(db, (await makeUser(db, "OFFICER")).id);
    await expect(createInvitation(officer, "b@hardware.test", "http://x", NOW)).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("let exactly one of two simultaneous uses through", async () => {
    const w = await world();
    const token = (await createInvitation(w.staff, "twice@hardware.test", "http://x", NOW)).link.split("/").pop()!;
    const results = await Promise.allSettled([
      acceptInvitation(token, { name: "甲", password: "我们一起复工复产吧加油" }, NOW),
      acceptInvitation(token, { name: "乙", password: "我们一起复工复产吧加油" }, NOW),
    ]);
    expect(
      results.filter((r) => r.status === "fulfilled"),
      JSON.stringify(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))),
    ).toHaveLength(1);
    expect(await db.user.count({ where: { email: "twice@hardware.test" } })).toBe(1);
    expect(await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).toMatchObject({ usedAt: NOW });
  });
});

describe("contact preference (助企不扰企)", () => {
  it("is edited by the enterprise's staff and audited", async () => {
    const { township } = await makeTownshipUnit(db);
    const { userId, enterpriseId } = await registerEnterprise(form(township.id), NOW);
    const staff = await principalOf(db, userId);
    const pref = contactPreferenceSchema.parse({
      contactChannel: "SMS",
      contactHours: "工作日 9:00–11:00",
      contactName: "李娜",
      contactPhone: "13800001234",
      contactEmail: "",
    });
    expect(pref.onsiteWelcome).toBe(false);
    await updateContactPreference(staff, pref);
    expect(await getOwnEnterprise(staff)).toMatchObject({ contactChannel: "SMS", contactHours: "工作日 9:00–11:00", onsiteWelcome: false, contactEmail: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: enterpriseId, action: "enterprise.contactPreference" } });
    expect(audit).toMatchObject({ actorId: userId, after: { contactChannel: "SMS", onsiteWelcome: false } });
  });
});

describe("verification", () => {
  it("is done by the township's officers or an admin; bureaus and other townships do not see the registration", async () => {
    const a = await makeTownshipUnit(db);
    const b = await makeTownshipUnit(db);
    const bureau = await makeBureau(db);
    const officer = await principalOf(db, (await makeUser(db, "OFFICER", { unitId: a.unit.id })).id);
    const elsewhere = await principalOf(db, (await makeUser(db, "OFFICER", { unitId: b.unit.id })).id);
    const bureauOfficer = await principalOf(db, (await makeUser(db, "OFFICER", { unitId: bureau.id })).id);
    const admin = await principalOf(db, (await makeUser(db, "ADMIN")).id);
    const one = await registerEnterprise(form(a.township.id), NOW);
    const two = await registerEnterprise(form(a.township.id, { email: "two@x.test" }), NOW);
    const staff = await principalOf(db, one.userId);

    expect((await pendingRegistrations(officer)).map((e) => e.id)).toEqual([one.enterpriseId, two.enterpriseId]);
    expect(await pendingRegistrations(elsewhere)).toEqual([]);
    expect(await pendingRegistrations(bureauOfficer)).toEqual([]);
    await expect(decideRegistration(elsewhere, one.enterpriseId, { decision: "verify" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(pendingRegistrations(staff) as Promise<unknown>).rejects.toBeInstanceOf(NotFoundError);

    await decideRegistration(officer, one.enterpriseId, { decision: "verify" }, NOW);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: one.enterpriseId } })).toMatchObject({
      status: "VERIFIED",
      verifiedAt: NOW,
      verifiedById: officer.id,
    });
    await expect(decideRegistration(admin, one.enterpriseId, { decision: "reject", reason: "迟了" }, NOW)).rejects.toBeInstanceOf(ConflictError);

    expect(await refusal(decideRegistration(admin, two.enterpriseId, { decision: "reject", reason: " " }, NOW))).toEqual({ reason: ["required"] });
    await decideRegistration(admin, two.enterpriseId, { decision: "reject", reason: "营业执照信息与统一社会信用代码不符" }, NOW);
    const rejected = await getOwnEnterprise(await principalOf(db, two.userId));
    expect(rejected).toMatchObject({ status: "REJECTED", rejectReason: "营业执照信息与统一社会信用代码不符" });

    // Each company hears of its decision once, in the portal and by the channel it chose (phone by default: a text).
    expect(await db.notification.findMany({ where: { userId: one.userId }, select: { kind: true } })).toEqual([{ kind: "ENTERPRISE_VERIFIED" }]);
    const told = await db.notification.findMany({ where: { userId: two.userId }, select: { kind: true, params: true } });
    expect(told).toEqual([{ kind: "ENTERPRISE_REJECTED", params: { reason: "营业执照信息与统一社会信用代码不符" } }]);
    const mail = await db.outbox.findMany({ where: { notification: { userId: two.userId } }, select: { channel: true, subject: true } });
    expect(mail).toEqual([{ channel: "SMS", subject: expect.stringContaining("营业执照信息与统一社会信用代码不符") }]);
  });
});
