import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything that changes what `next build` produces; a build older than these is rebuilt on start.
const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.js",
  "package-lock.json",
  "tsconfig.json",
  "generated",
];

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!name.endsWith(".test.ts")) walk(path.join(p, name), out);
  } else out.push(p);
}

export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const h = createHash("sha256");
  for (const f of files) h.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

/** Runs `next build` unless `.next` was built from these very sources (its stamp holds their hash). */
export function buildIfStale(root: string, env: NodeJS.ProcessEnv, log: (message: string) => void): void {
  const hash = sourceHash(root);
  const stamp = path.join(root, ".next", "source-hash");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  log("building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
  writeFileSync(stamp, hash);
}
