// The access matrix as a test (issue 13): every page route, route handler and server action the build
// contains, tried as each kind of person, against who DOMAIN.md says may use it. A route or action the
// build has and this table does not fails the test, so a new one cannot ship without its row. Nothing here
// relies on lib/http/request-guard.ts: a refusal is the page's own 404 or its own redirect to sign-in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { minimalPdf } from "@/lib/files/test-images";
import { ACCOUNTS, personPage } from "./helpers";

const ROLES = ["anonymous", "entA", "entB", "officerX", "officerY", "coOfficer", "leadX", "admin"] as const;
type Role = (typeof ROLES)[number];
const EMAIL: Record<Exclude<Role, "anonymous">, string> = {
  entA: ACCOUNTS.powertrain, // 赤岸镇 (unit X's township)
  entB: ACCOUNTS.tradeco, // 佛堂镇
  officerX: ACCOUNTS.officerChian,
  officerY: ACCOUNTS.officerFotang,
  coOfficer: "officer.traffic@demo.yiwu.gov", // its unit co-handles the case below
  leadX: ACCOUNTS.leadChian,
  admin: ACCOUNTS.admin,
};

/** What the test creates and looks up: a case of enterprise A in unit X, co-handled by the traffic police, with a file; an enterprise of X's township. */
type Fixture = { reference: string; fileId: string; userId: string; unitId: string; enterpriseId: string };

const ANY: readonly Role[] = ROLES;
const SIGNED_IN = ROLES.filter((r) => r !== "anonymous");
const ENTERPRISES: Role[] = ["entA", "entB"];
const UNIT_STAFF: Role[] = ["officerX", "officerY", "coOfficer", "leadX", "admin"];
const LEADS: Role[] = ["leadX", "admin"];
const ADMIN: Role[] = ["admin"];
// The case belongs to enterprise A and unit X; the traffic police co-handle it; officer Y's unit has nothing to do with it.
const CASE_STAFF: Role[] = ["officerX", "coOfficer", "leadX", "admin"];

// Each page route and route handler of the build: an address to try and who may use it.
const ROUTES: Record<string, { url: (f: Fixture) => string; allow: readonly Role[] }> = {
  // The front door sends each person to their home, and anyone else to sign-in.
  "/page": { url: () => "/", allow: SIGNED_IN },
  "/(auth)/login/page": { url: () => "/login", allow: ANY },
  "/(auth)/register/page": { url: () => "/register", allow: ANY },
  "/invite/[token]/page": { url: () => "/invite/not-a-real-token-000000000000", allow: ANY },
  "/set-password/[token]/page": { url: () => "/set-password/not-a-real-token-000000000000", allow: ANY },
  "/api/auth/[...nextauth]/route": { url: () => "/api/auth/session", allow: ANY },
  "/account/page": { url: () => "/account", allow: SIGNED_IN },
  "/notifications/page": { url: () => "/notifications", allow: SIGNED_IN },
  "/(enterprise)/enterprise/page": { url: () => "/enterprise", allow: ENTERPRISES },
  "/(enterprise)/requests/page": { url: () => "/requests", allow: ENTERPRISES },
  "/(enterprise)/requests/new/page": { url: () => "/requests/new", allow: ENTERPRISES },
  "/(enterprise)/requests/new/[type]/page": { url: () => "/requests/new/general", allow: ENTERPRISES },
  "/(enterprise)/requests/[reference]/page": { url: (f) => `/requests/${f.reference}`, allow: ["entA"] },
  "/files/[id]/route": { url: (f) => `/files/${f.fileId}`, allow: ["entA", ...CASE_STAFF] },
  "/(staff)/queue/page": { url: () => "/queue", allow: UNIT_STAFF },
  "/(staff)/verify/page": { url: () => "/verify", allow: UNIT_STAFF },
  "/(staff)/cases/[reference]/page": { url: (f) => `/cases/${f.reference}`, allow: CASE_STAFF },
  "/(staff)/stats/page": { url: () => "/stats", allow: LEADS },
  "/(staff)/stats/export/route": { url: () => "/stats/export?table=summary", allow: LEADS },
  "/(admin)/admin/page": { url: () => "/admin", allow: ADMIN },
  "/(admin)/admin/audit/page": { url: () => "/admin/audit", allow: ADMIN },
  "/(admin)/admin/calendar/page": { url: () => "/admin/calendar", allow: ADMIN },
  "/(admin)/admin/outbox/page": { url: () => "/admin/outbox", allow: ADMIN },
  "/(admin)/admin/units/page": { url: () => "/admin/units", allow: ADMIN },
  "/(admin)/admin/units/[id]/page": { url: (f) => `/admin/units/${f.unitId}`, allow: ADMIN },
  "/(admin)/admin/users/page": { url: () => "/admin/users", allow: ADMIN },
  "/(admin)/admin/users/new/page": { url: () => "/admin/users/new", allow: ADMIN },
  "/(admin)/admin/users/[id]/page": { url: (f) => `/admin/users/${f.userId}`, allow: ADMIN },
  // Unit staff look up the enterprises of their own township (a bureau has none: an empty list).
  "/(admin)/admin/enterprises/page": { url: () => "/admin/enterprises", allow: UNIT_STAFF },
  "/(admin)/admin/enterprises/[id]/page": { url: (f) => `/admin/enterprises/${f.enterpriseId}`, allow: ["officerX", "leadX", "admin"] },
  "/(admin)/admin/sign-in-locks/page": { url: () => "/admin/sign-in-locks", allow: ADMIN },
  "/(admin)/admin/api-keys/page": { url: () => "/admin/api-keys", allow: ADMIN },
  // No key exists in the fixture: an unknown key is a 404 for everyone, the admin included.
  "/(admin)/admin/api-keys/[id]/page": { url: () => "/admin/api-keys/no-such-key", allow: [] },
  "/(auth)/forgot-password/page": { url: () => "/forgot-password", allow: ANY },
  "/(auth)/track/page": { url: () => "/track", allow: ANY },
  "/help/page": { url: () => "/help", allow: ANY },
  "/help/[audience]/page": { url: () => "/help/enterprise", allow: ANY },
  "/developers/page": { url: () => "/developers", allow: ANY },
  "/(staff)/cases/[reference]/print/page": { url: (f) => `/cases/${f.reference}/print`, allow: CASE_STAFF },
  "/(staff)/queue/export/route": { url: () => "/queue/export", allow: UNIT_STAFF },
  // The public API answers integrator keys, never a browser's session: without a key every role is refused
  // (401), except the published OpenAPI document.
  "/api/v1/openapi.json/route": { url: () => "/api/v1/openapi.json", allow: ANY },
  "/api/v1/services.json/route": { url: () => "/api/v1/services.json", allow: [] },
  "/api/v1/services/[code]/route": { url: () => "/api/v1/services/SUPPLY_CHAIN_HANDOFF.json", allow: [] },
  "/api/v1/requests.json/route": { url: () => "/api/v1/requests.json", allow: [] },
  "/api/v1/requests/[reference]/route": { url: (f) => `/api/v1/requests/${f.reference}.json`, allow: [] },
  "/api/v1/webhooks.json/route": { url: () => "/api/v1/webhooks.json", allow: [] },
  "/api/v1/webhooks/[id]/route": { url: () => "/api/v1/webhooks/none", allow: [] },
  "/api/v1/webhooks/[id]/deliveries.json/route": { url: () => "/api/v1/webhooks/none/deliveries.json", allow: [] },
};
// Next's own error pages, not routes anyone is granted.
const FRAMEWORK_ROUTES = new Set(["/_global-error/page", "/_not-found/page"]);

// Each server action of the build, by file#export: who gets past its door. "either" = no role gate to
// judge from an empty form (signing out ends every session alike).
const ACTIONS: Record<string, readonly Role[] | "either"> = {
  "components/session-actions.ts#signOutAction": "either",
  "components/session-actions.ts#setLocaleAction": ANY,
  "components/care-mode-action.ts#setCareModeAction": ANY,
  "app/(auth)/forgot-password/actions.ts#requestResetAction": ANY,
  "app/(auth)/track/actions.ts#trackAction": ANY,
  "app/(auth)/track/actions.ts#sendCodeAction": ANY,
  "app/(admin)/admin/sign-in-locks/actions.ts#liftLockAction": ADMIN,
  "app/(admin)/admin/api-keys/actions.ts#createApiKeyAction": ADMIN,
  "app/(admin)/admin/api-keys/actions.ts#updateApiKeyAction": ADMIN,
  "app/(admin)/admin/api-keys/actions.ts#rotateApiKeyAction": ADMIN,
  "app/(admin)/admin/api-keys/actions.ts#revokeApiKeyAction": ADMIN,
  "app/(auth)/login/actions.ts#loginAction": ANY,
  "app/(auth)/register/actions.ts#registerAction": ANY,
  "app/invite/[token]/actions.ts#acceptInvitationAction": ANY,
  "app/set-password/[token]/actions.ts#setPasswordAction": ANY,
  "app/account/actions.ts#updateProfileAction": SIGNED_IN,
  "app/account/actions.ts#changePasswordAction": SIGNED_IN,
  "app/account/actions.ts#signOutOthersAction": SIGNED_IN,
  "app/notifications/actions.ts#markAllReadAction": SIGNED_IN,
  "app/notifications/actions.ts#openNotificationAction": SIGNED_IN,
  "app/(enterprise)/enterprise/actions.ts#saveContactPreferenceAction": ENTERPRISES,
  "app/(enterprise)/enterprise/actions.ts#inviteColleagueAction": ENTERPRISES,
  "app/(enterprise)/requests/new/[type]/actions.ts#submitRequestAction": ENTERPRISES,
  "app/(enterprise)/requests/[reference]/actions.ts#requestAction": ENTERPRISES,
  "app/(staff)/cases/[reference]/actions.ts#caseAction": UNIT_STAFF,
  "app/(staff)/verify/actions.ts#decideRegistrationAction": UNIT_STAFF,
  "app/(staff)/queue/actions.ts#bulkAction": LEADS,
  "app/(admin)/admin/enterprises/actions.ts#flagsAction": LEADS,
  "app/(admin)/admin/enterprises/actions.ts#liaisonAction": LEADS,
  "app/(admin)/admin/calendar/actions.ts#setDayAction": ADMIN,
  "app/(admin)/admin/outbox/actions.ts#retryAction": ADMIN,
  "app/(admin)/admin/units/actions.ts#createTownshipAction": ADMIN,
  "app/(admin)/admin/units/actions.ts#renameTownshipAction": ADMIN,
  "app/(admin)/admin/units/actions.ts#createUnitAction": ADMIN,
  "app/(admin)/admin/units/actions.ts#updateUnitAction": ADMIN,
  "app/(admin)/admin/units/actions.ts#moveCaseAction": ADMIN,
  "app/(admin)/admin/users/actions.ts#createUserAction": ADMIN,
  "app/(admin)/admin/users/actions.ts#changeRoleAction": ADMIN,
  "app/(admin)/admin/users/actions.ts#setActiveAction": ADMIN,
  "app/(admin)/admin/users/actions.ts#sendLinkAction": ADMIN,
};

type BuiltAction = { id: string; key: string; worker: string };

function built() {
  const dir = path.join(process.cwd(), ".next", "server");
  const routes = Object.keys(JSON.parse(readFileSync(path.join(dir, "app-paths-manifest.json"), "utf8")) as Record<string, string>).filter(
    (r) => !FRAMEWORK_ROUTES.has(r),
  );
  const refs = JSON.parse(readFileSync(path.join(dir, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  // Called on a public page when the action is on one, so only the action's own door can refuse it.
  const publicFirst = (workers: string[]) => workers.find((w) => ROUTES[`/${w.replace(/^app\//, "")}`]?.allow.includes("anonymous")) ?? workers[0];
  const actions: BuiltAction[] = Object.entries(refs.node).map(([id, a]) => ({
    id,
    key: `${a.filename}#${a.exportedName}`,
    worker: publicFirst(Object.keys(a.workers)),
  }));
  return { routes, actions };
}

/** "app/(staff)/cases/[reference]/page" → a real address of that page, with the fixture's ids. */
function workerUrl(worker: string, f: Fixture): string {
  const route = "/" + worker.replace(/^app\//, "");
  return ROUTES[route]?.url(f) ?? "/login";
}

type Outcome = "allow" | "deny" | "error";

/** A refusal is a 404 or being sent to sign-in; a server error is never an answer. */
function outcomeOf(status: number, location: string | undefined): Outcome {
  if (status >= 500) return "error";
  // 401: the API without a key; 405: a method the route does not offer (the webhook route only deletes).
  if (status === 404 || status === 401 || status === 405) return "deny";
  if (location && /^(https?:\/\/[^/]+)?\/login(\?|$)/.test(location)) return "deny";
  return "allow";
}

async function visit(req: APIRequestContext, url: string): Promise<Outcome> {
  const res = await req.get(url, { maxRedirects: 0 });
  return outcomeOf(res.status(), res.headers()["location"]);
}

// Actions called with the form alone (a plain <form action>), not with a previous form state first.
const FORM_ONLY = new Set([
  "components/session-actions.ts#setLocaleAction",
  "components/session-actions.ts#signOutAction",
  "components/care-mode-action.ts#setCareModeAction",
  "app/notifications/actions.ts#openNotificationAction",
  "app/notifications/actions.ts#markAllReadAction",
]);

/**
 * Calls a server action as the browser does (Next-Action header, React's reply encoding: the previous form
 * state, if the action takes one, and an empty form), so only the action's own door decides.
 */
async function callAction(
  req: APIRequestContext,
  baseURL: string,
  a: BuiltAction,
  f: Fixture,
  body?: { contentType: string; data: Buffer },
): Promise<{ outcome: Outcome; status: number }> {
  const url = workerUrl(a.worker, f);
  const args = FORM_ONLY.has(a.key) ? `["$K1"]` : `[{},"$K1"]`;
  const data = body?.data ?? Buffer.from(`--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n${args}\r\n--B--\r\n`);
  const res = await req.post(url, {
    headers: { "Next-Action": a.id, Origin: baseURL, Accept: "text/x-component", "Content-Type": body?.contentType ?? "multipart/form-data; boundary=B" },
    data,
    maxRedirects: 0,
  });
  const location = res.headers()["x-action-redirect"]?.split(";")[0] ?? res.headers()["location"];
  return { outcome: outcomeOf(res.status(), location), status: res.status() };
}

const people = new Map<Role, Page>();
let fixture: Fixture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(180_000);
  for (const role of ROLES) people.set(role, await personPage(browser, role === "anonymous" ? null : EMAIL[role]));
  const entA = people.get("entA")!;
  await entA.goto("/requests/new/general");
  await entA.getByLabel("需求标题").fill("访问矩阵测试");
  await entA.getByLabel("具体说明").fill("厂区门口道路施工，货车无法进出，请协调。");
  await entA.getByLabel("附件（选填）").setInputFiles({ name: "现场照片说明.pdf", mimeType: "application/pdf", buffer: Buffer.from(minimalPdf()) });
  await entA.getByRole("button", { name: "提交需求" }).click();
  await expect(entA).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  const reference = /YW-\d{4}-\d{6}/.exec(entA.url())![0];
  const fileHref = (await entA.getByRole("link", { name: "现场照片说明.pdf" }).first().getAttribute("href"))!;

  const lead = people.get("leadX")!;
  await lead.goto(`/cases/${reference}`);
  await lead.getByRole("form", { name: "添加协办单位" }).getByLabel("协办单位").selectOption({ label: "交警大队" });
  await lead.getByRole("button", { name: "添加协办单位" }).click();
  await expect(lead.getByText("已添加协办单位。")).toBeVisible();

  const firstId = async (list: string, prefix: string, as: Role = "admin") => {
    const page = people.get(as)!;
    await page.goto(list);
    const hrefs = await page.locator(`a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    return hrefs.map((h) => h.slice(prefix.length)).find((id) => /^[a-z0-9]{10,}$/i.test(id))!;
  };
  fixture = {
    reference,
    fileId: fileHref.split("/").pop()!,
    userId: await firstId("/admin/users", "/admin/users/"),
    unitId: await firstId("/admin/units", "/admin/units/"),
    // An enterprise of unit X's township (赤岸镇), as officer X's own list shows them.
    enterpriseId: await firstId("/admin/enterprises", "/admin/enterprises/", "officerX"),
  };
  expect(Object.values(fixture).every(Boolean), JSON.stringify(fixture)).toBe(true);
});

test("every page route and route handler of the build has a row, and answers each role as the row says", async () => {
  // Hundreds of requests one after the other, while the other worker keeps the server busy.
  test.setTimeout(240_000);
  const { routes } = built();
  expect(
    routes.filter((r) => !(r in ROUTES)),
    "routes in the build without a row in ROUTES",
  ).toEqual([]);
  expect(
    Object.keys(ROUTES).filter((r) => !routes.includes(r)),
    "rows for routes the build no longer has",
  ).toEqual([]);
  const wrong: string[] = [];
  for (const [route, row] of Object.entries(ROUTES)) {
    for (const role of ROLES) {
      const got = await visit(people.get(role)!.request, row.url(fixture));
      const want: Outcome = row.allow.includes(role) ? "allow" : "deny";
      if (got !== want) wrong.push(`${route} as ${role}: ${got}, expected ${want}`);
    }
  }
  expect(wrong).toEqual([]);
  test.info().annotations.push({ type: "matrix", description: `${Object.keys(ROUTES).length} routes × ${ROLES.length} roles` });
});

test("every server action of the build has a row, and its door lets exactly those roles through", async ({ baseURL }) => {
  // Hundreds of requests one after the other, while the other worker keeps the server busy.
  test.setTimeout(240_000);
  const { actions } = built();
  expect(
    actions.filter((a) => !(a.key in ACTIONS)).map((a) => a.key),
    "actions in the build without a row in ACTIONS",
  ).toEqual([]);
  expect(
    Object.keys(ACTIONS).filter((k) => !actions.some((a) => a.key === k)),
    "rows for actions the build no longer has",
  ).toEqual([]);
  const wrong: string[] = [];
  for (const a of actions) {
    const row = ACTIONS[a.key]!;
    // Signing out would end the session the later rows need: anonymous only.
    for (const role of a.key.endsWith("#signOutAction") ? (["anonymous"] as const) : ROLES) {
      const { outcome, status } = await callAction(people.get(role)!.request, baseURL!, a, fixture);
      const want = row === "either" ? (outcome === "error" ? "allow" : outcome) : row.includes(role) ? "allow" : "deny";
      if (outcome !== want) wrong.push(`${a.key} as ${role}: ${outcome} (${status}), expected ${want}`);
    }
  }
  expect(wrong).toEqual([]);
  test.info().annotations.push({ type: "matrix", description: `${actions.length} actions × ${ROLES.length} roles` });
});

test("a captured case action replayed with another person's cookie writes nothing for those who may not see the case", async ({ baseURL }) => {
  // The lead posts an internal note on the case page; the browser's request is kept, byte for byte.
  const lead = people.get("leadX")!;
  await lead.goto(`/cases/${fixture.reference}`);
  const reply = lead.getByRole("form", { name: "发布" });
  await reply.getByLabel("内容").fill("矩阵测试：已联系施工单位。");
  const captured = lead.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await reply.getByRole("button", { name: "发布" }).click();
  const req = await captured;
  const body = { contentType: req.headers()["content-type"]!, data: req.postDataBuffer()! };
  const action: BuiltAction = { id: req.headers()["next-action"]!, key: "captured", worker: "app/(staff)/cases/[reference]/page" };
  await expect(lead.getByText("已发布。")).toBeVisible();
  await expect(lead.getByText("矩阵测试：已联系施工单位。")).toHaveCount(1);

  for (const role of ["anonymous", "entA", "entB", "officerY"] as const) {
    const { outcome } = await callAction(people.get(role)!.request, baseURL!, action, fixture, body);
    expect(outcome, role).toBe("deny");
  }
  // Nobody but the lead wrote it: the case still shows the note once.
  await lead.reload();
  await expect(lead.getByText("矩阵测试：已联系施工单位。")).toHaveCount(1);
  // The same bytes from the co-handling officer, who may post notes on the case, do land: the replay itself works.
  expect((await callAction(people.get("coOfficer")!.request, baseURL!, action, fixture, body)).outcome).toBe("allow");
  await lead.reload();
  await expect(lead.getByText("矩阵测试：已联系施工单位。")).toHaveCount(2);
});
