// `npm run checks`: the linter, the formatter's check, the type checker and the lib/ folder-cycle check side by side (each is one
// process on one core; CI has two), each one's output printed whole when it ends, so they never interleave. Fails when any fails.
import { spawn } from "node:child_process";

const CHECKS = ["lint", "format", "typecheck", "cycles"] as const;

function run(script: string): Promise<{ script: string; code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

const started = Date.now();
const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  console.log(`== ${r.script}: ${r.code === 0 ? "ok" : `failed (exit ${r.code})`}`);
  if (r.output.trim()) console.log(r.output.trimEnd());
}
console.log(`== checks done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
