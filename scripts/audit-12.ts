// `npx tsx scripts/audit-12.ts [base URL]`: the outside audit of issue 12, replayed against a running site
// (`npm start` on a fresh database: the demo accounts must exist). Raw HTTP as an attacker sends it — forged
// headers, hand-made form posts, HTTP/1.0 without a Host — and one look at the database for the outbox
// (DATABASE_URL, else the embedded database of `npm start` on PGPORT). Prints PASS/FAIL per check and exits
// 1 on any failure. It cleans up after itself: the locks it causes are lifted through /admin/sign-in-locks.
// The per-address check expects to reach the app directly (TRUSTED_PROXIES=0, as `npm start` is by default).
import "dotenv/config";
import http from "node:http";
import net from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { DATABASE_NAME } from "../lib/db/embedded";

const BASE = new URL(process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`);
const DATABASE_URL = process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.PGPORT ?? 54320}/${DATABASE_NAME}`;
const PASSWORD = "demo-pass";
const ADMIN = "admin@demo.yiwu.gov";
const OFFICER = "officer.chian@demo.yiwu.gov";
const LOCKED = "staff@hardware.demo";
// Answers slower than this count as "not fast" (the audit saw 9 s for the stats URL and 40 s for /queue).
const FAST_MS = 5_000;

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string; ms: number };
type Send = { method?: string; headers?: Record<string, string>; body?: string | Buffer };

/** One HTTP exchange, headers exactly as given (Host included), no redirects followed. */
function send(path: string, { method = "GET", headers = {}, body }: Send = {}): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: BASE.hostname, port: BASE.port || 80, path, method, headers: { host: BASE.host, ...headers }, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8"), ms: Date.now() - started }),
      );
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** An HTTP/1.0 request with no Host header at all: what the server then thinks its own address is. */
function sendWithoutHost(path: string, method: string, headers: Record<string, string>, body = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(BASE.port || 80), BASE.hostname);
    const lines = [
      `${method} ${path} HTTP/1.0`,
      ...Object.entries({ ...headers, "content-length": String(Buffer.byteLength(body)) }).map(([k, v]) => `${k}: ${v}`),
    ];
    // Written, not ended: the server answers an HTTP/1.0 request, then closes the connection itself.
    socket.on("connect", () => socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`));
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
    socket.setTimeout(60_000, () => socket.destroy(new Error(`${method} ${path} (no Host): no answer in 60 s`)));
  });
}

function multipart(fields: Record<string, string>): { body: string; type: string } {
  const boundary = `----audit${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the first form whose markup contains `marker`: what the browser would post with it. */
function formFields(html: string, marker: string): Record<string, string> {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[1]!.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  const fields: Record<string, string> = {};
  for (const [input] of form[1]!.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(input)) continue;
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  return fields;
}

/** What the form says after a post (its live message area), as text. */
const formMessage = (html: string, id: string) => (new RegExp(`<div id="${id}">([\\s\\S]*?)</div></div>`).exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");

/** A person with a cookie jar, in Chinese. */
class Person {
  jar = new Map<string, string>([["NEXT_LOCALE", "zh-CN"]]);
  cookie = () => [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  keep(a: Answer): Answer {
    for (const line of [a.headers["set-cookie"] ?? []].flat()) {
      const [pair] = line.split(";");
      const i = pair!.indexOf("=");
      const [name, value] = [pair!.slice(0, i).trim(), pair!.slice(i + 1).trim()];
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return a;
  }
  async get(path: string, headers: Record<string, string> = {}) {
    return this.keep(await send(path, { headers: { cookie: this.cookie(), ...headers } }));
  }
  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    const { body, type } = multipart(fields);
    return this.keep(await send(path, { method: "POST", body, headers: { cookie: this.cookie(), "content-type": type, ...headers } }));
  }
  /** The sign-in form, posted as a browser without scripts posts it. */
  async signIn(email: string, password = PASSWORD, extra: { callbackUrl?: string; headers?: Record<string, string> } = {}) {
    const fields = formFields((await this.get("/login")).text, 'name="password"');
    return this.post("/login", { ...fields, email, password, callbackUrl: extra.callbackUrl ?? "" }, extra.headers);
  }
  sessionCopy = () => new Map([...this.jar].filter(([k]) => k.includes("session-token")));
  hasSession = () => this.sessionCopy().size > 0;
}

async function signedIn(email: string): Promise<Person> {
  const p = new Person();
  const a = await p.signIn(email);
  if (a.status !== 303) throw new Error(`could not sign in as ${email} (HTTP ${a.status}): is this a fresh database with the demo accounts?`);
  return p;
}

/** Lifts every current lock whose subject matches (the admin's own page and button). */
async function liftLocks(admin: Person, subject: RegExp): Promise<string[]> {
  const page = (await admin.get("/admin/sign-in-locks")).text;
  const lifted: string[] = [];
  for (const [, key] of page.matchAll(/name="lockKey" value="([^"]*)"/g)) {
    const lockKey = decode(key!);
    if (!subject.test(lockKey)) continue;
    await admin.post("/admin/sign-in-locks", formFields(page, `value="${key}"`));
    lifted.push(lockKey);
  }
  return lifted;
}

const leavesSite = (location: string) => {
  const cleaned = location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  return new URL(cleaned, BASE).origin !== BASE.origin || new URL(location, BASE).origin !== BASE.origin;
};

const REDIRECT_VECTORS = [
  "%2F..%2F%2Fevil.test%2Fx",
  "/.//evil.test",
  "/x/..//evil.test/path",
  "/%2e//evil.test",
  "//evil.test",
  "///evil.test/",
  "////evil.test",
  "/..//evil.test/x",
  "/../../evil.test",
  "/%2F..%2F%2Fevil.test%2Fx",
  "/..%2F%2Fevil.test%2Fx",
  "/./\\evil.test",
  "/x/../..//evil.test",
  "/%2E//evil.test",
  "/%2e%2e//evil.test",
  "/.%2e//evil.test",
  "/\\evil.test",
  "\\\\evil.test",
  "/\\/evil.test",
  "\\/evil.test",
  "/\t/evil.test",
  "/\n/evil.test",
  "https://evil.test/",
  "http://evil.test",
  "https:evil.test",
  "http:/evil.test",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "\u3000//evil.test",
  "/\uFEFF/evil.test",
];

type Check = { name: string; run: () => Promise<string | void> };
const failures: string[] = [];
class Failed extends Error {}
function must(ok: unknown, why: string): asserts ok {
  if (!ok) throw new Failed(why);
}

const admin = new Person();
const checks: Check[] = [
  {
    name: "after 10 wrong passwords the right one is refused for a while, and the page says until when",
    run: async () => {
      const p = new Person();
      for (let i = 0; i < 10; i++) await p.signIn(LOCKED, `wrong password ${i}`);
      const right = await p.signIn(LOCKED);
      const said = formMessage(right.text, "login-error");
      must(right.status === 200 && !p.hasSession(), `the right password signed in (HTTP ${right.status})`);
      must(/登录已暂停至 \d{4}/.test(said), `the page said "${said}"`);
      return `${said.trim()} (lifted: ${(await liftLocks(admin, new RegExp(`^account:${LOCKED}$`))).join(", ")})`;
    },
  },
  {
    name: `the ${REDIRECT_VECTORS.length} redirect vectors never leave the site (signed-in /login and the sign-in form)`,
    run: async () => {
      const p = await signedIn(OFFICER);
      for (const v of REDIRECT_VECTORS) {
        const a = await p.get(`/login?callbackUrl=${v.startsWith("%") ? v : encodeURIComponent(v)}`);
        const location = String(a.headers.location ?? "");
        must(a.status === 307 && location && !leavesSite(location), `/login?callbackUrl=${JSON.stringify(v)} → ${a.status} ${location}`);
        const form = await new Person().signIn(OFFICER, PASSWORD, { callbackUrl: decodeURIComponentSafe(v) });
        const to = String(form.headers.location ?? form.headers["x-action-redirect"] ?? "");
        must(form.status === 303 && to && !leavesSite(to), `sign-in with callbackUrl ${JSON.stringify(v)} → ${form.status} ${to}`);
      }
    },
  },
  {
    name: "the unbounded stats URL answers fast with a message, while /queue stays fast",
    run: async () => {
      const officer = await signedIn(OFFICER);
      const url = "/stats?period=range&from=1000-01-01&to=9999-12-30";
      const [a, b, c, queue] = await Promise.all([
        admin.get(url),
        admin.get(url),
        admin.get(url),
        new Promise<Answer>((r) => setTimeout(() => r(officer.get("/queue")), 200)),
      ]);
      for (const s of [a, b, c]) must(s.status === 200 && s.ms < FAST_MS, `stats answered ${s.status} in ${s.ms} ms`);
      must(/单次统计最长 \d+ 天/.test(a.text), "the stats page did not say the period is too long");
      must(queue.status === 200 && queue.ms < FAST_MS, `/queue answered ${queue.status} in ${queue.ms} ms beside three of them`);
      return `stats ${a.ms}/${b.ms}/${c.ms} ms (${Math.round(a.text.length / 1024)} KB), /queue ${queue.ms} ms`;
    },
  },
  {
    name: "no NUL vector gives a 500 (addresses, searches, form fields)",
    run: async () => {
      const officer = await signedIn(OFFICER);
      const seen: string[] = [];
      for (const [who, url] of [
        [officer, "/queue?q=%00"],
        [officer, "/queue?q=a%00b"],
        [officer, "/cases/YW-2026-000001%00"],
        [officer, "/files/x%00"],
        [officer, "/requests/YW-2026-000001%00"],
        [admin, "/admin/users?q=%00"],
        [admin, "/admin/enterprises?q=%00"],
        [admin, "/admin/outbox?q=%00"],
        [new Person(), "/track?reference=%00"],
      ] as const) {
        const a = await who.get(url);
        must([400, 404].includes(a.status), `${url} → ${a.status}`);
        seen.push(`${a.status}`);
      }
      const signIn = await new Person().signIn("nul\u0000@demo.yiwu.gov", "x\u0000y");
      must(signIn.status < 500, `sign-in form with a NUL → ${signIn.status}`);
      const anyone = new Person();
      const track = await anyone.post("/track", {
        ...formFields((await anyone.get("/track")).text, 'name="digits"'),
        reference: "YW-2026-\u0000",
        digits: "12\u000034",
      });
      must(track.status < 500, `track form with a NUL → ${track.status}`);
      const forgot = new Person();
      const reset = await forgot.post("/forgot-password", {
        ...formFields((await forgot.get("/forgot-password")).text, 'name="email"'),
        email: "a\u0000@b.cn",
      });
      must(reset.status < 500, `forgot-password form with a NUL → ${reset.status}`);
      return `${seen.length} addresses: ${seen.join(" ")}; forms: ${signIn.status} ${track.status} ${reset.status}`;
    },
  },
  {
    name: "/login carries a CSP with a fresh nonce that its scripts use",
    run: async () => {
      const [a, b] = [await send("/login"), await send("/login")];
      const csp = String(a.headers["content-security-policy"] ?? "");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      must(nonce, `no nonce in "${csp}"`);
      must(/script-src[^;]*'nonce-/.test(csp) && !/script-src[^;]*'unsafe-inline'/.test(csp), `scripts are not limited to the nonce: ${csp}`);
      must(a.text.includes(`nonce="${nonce}"`), "the page's scripts do not carry the nonce");
      must(!String(b.headers["content-security-policy"]).includes(nonce), "the next answer reuses the nonce");
      return csp.split(";")[1]?.trim();
    },
  },
  {
    name: "the outbox table (and /admin/outbox) holds no working link",
    run: async () => {
      // An invitation (the admin opens an account for a new officer, who sets a password by link), then
      // that person asks for a password link too: two linked e-mails of this run, whatever ran before.
      const before = new Date();
      const invited = `audit.${Date.now()}@demo.yiwu.gov`;
      const form = (await admin.get("/admin/users/new")).text;
      const unitId = /<select[^>]*name="unitId"[\s\S]*?<option value="([^"]+)"/.exec(form)?.[1];
      must(unitId, "no unit to invite an officer into");
      const invite = await admin.post("/admin/users/new", {
        ...formFields(form, 'name="email"'),
        email: invited,
        name: "审计测试",
        phone: "",
        role: "OFFICER",
        unitId: decode(unitId),
      });
      must(invite.status === 303 || invite.status === 200, `inviting answered ${invite.status}`);
      const anyone = new Person();
      const ask = await anyone.post("/forgot-password", { ...formFields((await anyone.get("/forgot-password")).text, 'name="email"'), email: invited });
      must(ask.status === 200, `forgot-password answered ${ask.status}`);
      const db = new pg.Client({ connectionString: DATABASE_URL });
      await db.connect();
      try {
        const mine = await db.query(`SELECT count(*)::int AS n FROM "Outbox" WHERE "to" = $1 AND "createdAt" >= $2`, [invited, before]);
        must(mine.rows[0].n >= 2, `the invitation and password-link e-mails did not both reach the outbox (${mine.rows[0].n}): nothing to look at`);
        const rows = await db.query(`SELECT id, "to", subject, body, coalesce(params::text, '') AS params, coalesce("sealedLink", '') AS sealed FROM "Outbox"`);
        const page = (await admin.get("/admin/outbox")).text;
        const texts = [...rows.rows.map((r) => `${r.subject}\n${r.body}\n${r.params}\n${r.sealed}`), page];
        const links = new Set(texts.flatMap((t) => [...t.matchAll(/\/(?:set-password|invite)\/([A-Za-z0-9_%-]{8,})/g)].map((m) => m[0])));
        // A bare token would do as well as a link: every long token-like string of this run's two rows (the
        // sealed link's pieces included) is tried as one.
        const theirs = rows.rows.filter((r) => r.to === invited);
        for (const t of new Set(theirs.flatMap((r) => `${r.body}\n${r.params}\n${r.sealed}`.match(/[A-Za-z0-9_-]{16,}/g) ?? [])))
          for (const kind of ["set-password", "invite"]) links.add(`/${kind}/${t}`);
        for (const link of links) {
          const a = await send(link);
          must(!(a.status === 200 && /name="password"/.test(a.text)), `${link} from the outbox opens a password form`);
        }
        return `${rows.rowCount} rows and the admin page read; ${links.size} links and tokens tried, none opens a password form`;
      } finally {
        await db.end();
      }
    },
  },
  {
    name: "a server action with a foreign Origin gets a 4xx",
    run: async () => {
      const scripted = await send("/login", {
        method: "POST",
        headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.test", "content-type": "text/plain;charset=UTF-8" },
        body: "[]",
      });
      must(scripted.status >= 400 && scripted.status < 500, `a scripted action from https://evil.test → ${scripted.status}`);
      const p = new Person();
      const form = formFields((await p.get("/login")).text, 'name="password"');
      const posted = await p.post("/login", { ...form, email: OFFICER, password: PASSWORD, callbackUrl: "" }, { origin: "https://evil.test" });
      must(posted.status >= 400 && posted.status < 500 && !p.hasSession(), `the sign-in form posted from https://evil.test → ${posted.status}`);
      return `scripted ${scripted.status}, form ${posted.status}`;
    },
  },
  {
    name: "/api/auth/session honours signing out, even for a copy of the cookie",
    run: async () => {
      const p = await signedIn(OFFICER);
      const copy = p.sessionCopy();
      const before = JSON.parse((await p.get("/api/auth/session")).text);
      must(before?.user?.email === OFFICER, `signed in, /api/auth/session said ${JSON.stringify(before)}`);
      const out = await p.post("/queue", formFields((await p.get("/queue")).text, "退出登录"));
      must(out.status === 303, `signing out answered ${out.status}`);
      for (const [k, v] of copy) p.jar.set(k, v);
      const after = (await p.get("/api/auth/session")).text;
      must(after.trim() === "null", `the signed-out cookie still gets ${after}`);
      const page = await p.get("/queue");
      must(page.status === 307 || page.status === 302 || /name="password"/.test(page.text), `the signed-out cookie still opens /queue (${page.status})`);
    },
  },
  {
    name: "Auth.js never takes a URL from the caller's Host or the bind address",
    run: async () => {
      const site = process.env.APP_URL ? new URL(process.env.APP_URL).origin : null;
      const forged = { host: "evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" };
      const seen: string[] = [];
      // Next's request URLs name a loopback address "localhost" (NextURL), so a loopback APP_URL matches either way.
      const loopback = (origin: string) => origin.replace(/\/\/(127(\.\d+){3}|\[::1\])(?=[:/]|$)/, "//localhost");
      const onSite = (where: string, url: string) => {
        must(url && !/evil\.test|0\.0\.0\.0/.test(url), `${where}: ${url || "(none)"}`);
        if (site && /^https?:/.test(url)) must(loopback(new URL(url).origin) === loopback(site), `${where}: ${url} is not on APP_URL ${site}`);
        seen.push(url);
      };
      const providers = JSON.parse((await send("/api/auth/providers", { headers: forged })).text);
      onSite("/api/auth/providers", providers.credentials.callbackUrl);
      onSite("/api/auth/signin", String((await send("/api/auth/signin", { headers: forged })).headers.location ?? ""));
      const noHost = await sendWithoutHost("/api/auth/providers", "GET", {});
      onSite("/api/auth/providers without Host", /"callbackUrl":"([^"]*)"/.exec(noHost)?.[1] ?? "");
      const p = await signedIn(OFFICER);
      const signInForged = await new Person().signIn(OFFICER, PASSWORD, { headers: { ...forged, referer: "https://evil.test/x" } });
      must(
        !JSON.stringify(signInForged.headers).includes("evil.test"),
        `the sign-in form's answer names evil.test: ${JSON.stringify(signInForged.headers["set-cookie"])}`,
      );
      const fields = formFields((await p.get("/queue")).text, "退出登录");
      const { body, type } = multipart(fields);
      const outForged = await send("/queue", { method: "POST", body, headers: { ...forged, cookie: p.cookie(), "content-type": type } });
      onSite("sign-out with a forged Host", String(outForged.headers.location ?? ""));
      const q = await signedIn(OFFICER);
      const form = multipart(formFields((await q.get("/queue")).text, "退出登录"));
      const raw = await sendWithoutHost("/queue", "POST", { cookie: q.cookie(), "content-type": form.type }, form.body);
      const location = /\r\nlocation: ([^\r]*)/i.exec(raw)?.[1] ?? "";
      onSite("sign-out without a Host", location);
      return seen.join(" · ");
    },
  },
  {
    name: "making up X-Forwarded-For for every try earns no fresh per-address allowance",
    run: async () => {
      const hop = () => Array.from({ length: 4 }, () => 1 + Math.floor(Math.random() * 254)).join(".");
      const p = new Person();
      let said = "";
      for (let i = 0; i < 25; i++) {
        const a = await p.signIn(`spray.${i}.${Date.now()}@audit.test`, "Winter2026!", {
          headers: { "x-forwarded-for": `${hop()}, ${hop()}`, "x-real-ip": hop() },
        });
        said = formMessage(a.text, "login-error");
      }
      const lifted = await liftLocks(admin, /^address:/);
      must(/登录已暂停至 \d{4}/.test(said), `after 25 tries from made-up addresses the form said "${said}"`);
      return `held, then lifted: ${lifted.join(", ")}`;
    },
  },
];

function decodeURIComponentSafe(v: string): string {
  try {
    return v.startsWith("%") ? decodeURIComponent(v) : v;
  } catch {
    return v;
  }
}

async function main() {
  console.log(`audit of issue 12 against ${BASE.origin} (database ${DATABASE_URL.replace(/:[^:@/]*@/, ":***@")})`);
  const a = await admin.signIn(ADMIN);
  if (a.status !== 303) throw new Error(`could not sign in as ${ADMIN} (HTTP ${a.status}): is this a fresh database with the demo accounts?`);
  for (const check of checks) {
    try {
      const note = await check.run();
      console.log(`PASS  ${check.name}${note ? `\n      ${note}` : ""}`);
    } catch (err) {
      failures.push(check.name);
      console.log(`FAIL  ${check.name}\n      ${err instanceof Failed ? err.message : err instanceof Error ? err.stack : String(err)}`);
    }
  }
  console.log(failures.length ? `\n${failures.length} of ${checks.length} checks failed` : `\nall ${checks.length} checks passed`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
