import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { firstLoadWeights } from "./first-load";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up build: a runtime, a polyfill, two pages and a route handler, with the manifests Turbopack writes. */
function fakeBuild() {
  dir = mkdtempSync(path.join(os.tmpdir(), "first-load-"));
  const file = (name: string, bytes: number) => {
    const data = Buffer.from(Array.from({ length: bytes }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(""));
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
    return gzipSync(data, { level: 9 }).length;
  };
  const sizes = {
    runtime: file("static/chunks/runtime.js", 3000),
    poly: file("static/chunks/poly.js", 5000),
    layout: file("static/chunks/layout.js", 800),
    login: file("static/chunks/login.js", 400),
  };
  writeFileSync(
    path.join(dir, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js"], polyfillFiles: ["static/chunks/poly.js"] }),
  );
  writeFileSync(
    path.join(dir, "app-path-routes-manifest.json"),
    JSON.stringify({ "/(auth)/login/page": "/login", "/page": "/", "/files/[id]/route": "/files/[id]", "/_not-found/page": "/_not-found" }),
  );
  const manifest = (entry: string, entryJSFiles: Record<string, string[]>) => {
    const target = path.join(dir, "server", "app", `${entry}_client-reference-manifest.js`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(
      target,
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${entry}"] = ${JSON.stringify({ clientModules: {}, entryJSFiles })};`,
    );
  };
  manifest("/(auth)/login/page", {
    "[project]/app/layout": ["static/chunks/layout.js"],
    "[project]/app/(auth)/login/page": ["static/chunks/layout.js", "static/chunks/login.js"],
  });
  manifest("/page", { "[project]/app/layout": ["static/chunks/layout.js"] });
  return sizes;
}

describe("firstLoadWeights", () => {
  it("adds the runtime and each client chunk of a page's tree once, leaves polyfills out and skips route handlers", () => {
    const s = fakeBuild();
    expect(firstLoadWeights(dir)).toEqual([
      { route: "/login", files: 3, gzipBytes: s.runtime + s.layout + s.login },
      { route: "/", files: 2, gzipBytes: s.runtime + s.layout },
    ]);
  });
});
