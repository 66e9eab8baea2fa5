import { expect, test } from "@playwright/test";
import pg from "pg";
import { minimalPdf } from "../../lib/files/test-images";
import { ACCOUNTS, DEMO_PASSWORD, personPage } from "../e2e/helpers";
import { MULTI_DB, URL_B } from "./setup";

// Signed in through the form on this run's instances (not the main e2e's stored sign-ins, made on another server).
const fresh = (email: string) => ({ email, password: DEMO_PASSWORD });

// Behind a load balancer one person's requests land on any instance. Everything below is done on A
// (the test's base URL) and read on B (absolute URLs): the browser's cookies go to both, as they would
// through one public address.

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: MULTI_DB });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test("what one instance does the other shows: a filed request and its file, a case action and its notice, a sign-out; each scheduled job runs once", async ({
  browser,
}) => {
  const pdf = Buffer.from(minimalPdf());
  const subject = "双实例共享附件核对";

  // A: the company files a request with a file.
  const staff = await personPage(browser, fresh(ACCOUNTS.powertrain));
  await staff.goto("/requests/new/general");
  await staff.getByLabel("需求标题").fill(subject);
  await staff.getByLabel("具体说明").fill("厂区返岗人员名单见附件，请服务团协助核对。");
  await staff.getByLabel("附件（选填）").setInputFiles({ name: "返岗名单.pdf", mimeType: "application/pdf", buffer: pdf });
  await staff.getByRole("button", { name: "提交需求" }).click();
  await expect(staff).toHaveURL(/\/requests\/YW-\d{4}-\d{6}/);
  const reference = /YW-\d{4}-\d{6}/.exec(staff.url())![0];

  // B: the liaison officer opens the case and downloads the file, which B never received.
  const officer = await personPage(browser, fresh(ACCOUNTS.officerChian));
  await officer.goto(`${URL_B}/cases/${reference}`);
  await expect(officer.getByText(subject).first()).toBeVisible();
  const href = await officer.getByRole("link", { name: "返岗名单.pdf" }).first().getAttribute("href");
  const download = await officer.request.get(new URL(href!, URL_B).href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(await download.body()).toEqual(pdf);

  // A: the officer accepts the case. B: the company sees the new status and the notice in its centre.
  await officer.goto(`/cases/${reference}`);
  await officer.getByRole("button", { name: "受理", exact: true }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("已受理");
  await staff.goto(`${URL_B}/notifications?unread=1`);
  await expect(staff.getByRole("listitem").filter({ hasText: `您的需求 ${reference} 已受理` })).toBeVisible();
  await staff.goto(`${URL_B}/requests/${reference}`);
  await expect(staff.getByText("已受理").first()).toBeVisible();

  // A: the company signs out. B: a copy of its session cookie (a tab still open there) no longer works.
  const copy = (await staff.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(copy).not.toHaveLength(0);
  await staff.goto("/requests");
  await staff.getByRole("button", { name: "退出登录" }).click();
  await expect(staff).toHaveURL(/\/login/);
  await staff.context().addCookies(copy);
  await staff.goto(`${URL_B}/requests`);
  await expect(staff).toHaveURL(new RegExp(`^${URL_B}/login`));

  // Jobs: A's in-app worker and the worker process poll the same queues. The e-mails the filing and the
  // acceptance queued (no SMTP server here) are each taken by one of them, once: "not sent", one attempt.
  const due = () =>
    query<{ status: string; attempts: number }>(
      `SELECT o.status, o.attempts FROM "Outbox" o JOIN "Notification" n ON n.id = o."notificationId" JOIN "Request" r ON r.id = n."requestId"
        WHERE r.reference = $1 AND o.channel = 'EMAIL' AND o."sendAfter" <= now()`,
      [reference],
    );
  await expect
    .poll(async () => (await due()).filter((r) => r.status === "PENDING" || r.status === "SENDING").length, { timeout: 180_000, intervals: [5_000] })
    .toBe(0);
  const emails = await due();
  expect(emails.length).toBeGreaterThan(0);
  expect(emails.every((r) => r.status === "NOT_SENT" && r.attempts === 1)).toBe(true);
  // Each cron tick put one job in a queue, though two processes keep the schedule: never more jobs of
  // a queue than ticks that asked for it.
  const perQueue = await query<{ name: string; jobs: number; ticks: number }>(
    `SELECT j.name, count(*)::int AS jobs,
            (SELECT count(DISTINCT s.singleton_on)::int FROM pgboss.job s WHERE s.name = '__pgboss__send-it' AND s.data->>'name' = j.name) AS ticks
       FROM pgboss.job j WHERE j.name NOT LIKE '\\_\\_pgboss%' GROUP BY j.name`,
  );
  expect(perQueue.find((q) => q.name === "outbox-deliver")?.jobs).toBeGreaterThan(0);
  expect(perQueue.filter((q) => q.jobs > q.ticks)).toEqual([]);
});
