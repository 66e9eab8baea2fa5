import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { signInHeldUntil } from "@/lib/auth/throttle";
import { LIMITS } from "@/lib/auth/throttle-rules";
import { clientAddress } from "@/lib/http/client-address";
import { installServerHooks } from "@/lib/http/server-hooks";
import { resetDb } from "./db";

// A real HTTP server with the app's hop recording (instrumentation.ts installs it in `next start`): each
// request signs in with a wrong password from the address the app would count, over a real socket.
let server: http.Server;
let base = "";
let proxies = 0;

beforeAll(async () => {
  installServerHooks();
  server = http.createServer(async (req, res) => {
    const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
    const address = clientAddress(headers, proxies);
    await authenticate(`nobody.${Math.random()}@spray.test`, "wrong password", address);
    res.end(address);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => resetDb());

const randomHop = () => Array.from({ length: 4 }, () => Math.floor(Math.random() * 254) + 1).join(".");
const sprayOnce = async (forwardedFor: string) => (await fetch(base, { headers: { "x-forwarded-for": forwardedFor } })).text();

describe("the per-address sign-in limit", () => {
  it("facing callers directly (TRUSTED_PROXIES=0), holds the socket's address however X-Forwarded-For rotates", async () => {
    proxies = 0;
    const seen = new Set<string>();
    for (let i = 0; i < LIMITS.address.freeFailures + 5; i++) seen.add(await sprayOnce(`${randomHop()}, ${randomHop()}`));
    expect([...seen]).toEqual(["127.0.0.1"]);
    expect(await signInHeldUntil("someone.else@spray.test", "127.0.0.1")).not.toBeNull();
  });

  it("behind one proxy (TRUSTED_PROXIES=1), holds the address the proxy appended, never what the caller wrote before it", async () => {
    proxies = 1;
    const seen = new Set<string>();
    for (let i = 0; i < LIMITS.address.freeFailures + 5; i++) seen.add(await sprayOnce(`${randomHop()}, 198.51.100.23`));
    expect([...seen]).toEqual(["198.51.100.23"]);
    expect(await signInHeldUntil("someone.else@spray.test", "198.51.100.23")).not.toBeNull();
    // Someone else behind the same proxy is not held back.
    expect(await sprayOnce("198.51.100.99")).toBe("198.51.100.99");
    expect(await signInHeldUntil("someone.else@spray.test", "198.51.100.99")).toBeNull();
  });
});
