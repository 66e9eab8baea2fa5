// `npm test`: every tier, in two lanes side by side. One lane checks and runs the unit and integration tests
// (about one core); the other builds the app and runs the end-to-end tests, the bundle budget and the
// two-instance test (the browser, the server and its database fill the rest). A lane stops at its first
// failure; the other still finishes, so one run shows every failing tier. Each step's output is printed whole
// when it ends, then a table of step times. Exits non-zero when any step failed.
import { report, runScript, type ScriptResult } from "./setup/run-script";

const LANES = [
  ["checks", "test:unit", "test:integration"],
  ["test:e2e", "bundle:size", "test:e2e-multi"],
] as const;

async function lane(steps: readonly string[]): Promise<ScriptResult[]> {
  const done: ScriptResult[] = [];
  for (const step of steps) {
    console.log(`== ${step}: started`);
    const r = await runScript(step);
    report(r);
    done.push(r);
    if (r.code !== 0) break;
  }
  return done;
}

const started = Date.now();
const results = (await Promise.all(LANES.map(lane))).flat();
const ran = new Set(results.map((r) => r.script));
console.log("\n| step | result | seconds |\n|---|---|---|");
for (const step of LANES.flat()) {
  const r = results.find((x) => x.script === step);
  console.log(`| ${step} | ${r ? (r.code === 0 ? "ok" : `failed (exit ${r.code})`) : "not run"} | ${r ? r.seconds.toFixed(1) : "—"} |`);
}
const ok = results.every((r) => r.code === 0) && LANES.flat().every((s) => ran.has(s));
console.log(`\n== npm test ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
