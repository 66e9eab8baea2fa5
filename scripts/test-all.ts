// `npm test`: every tier, in two lanes side by side. One lane checks and runs the unit and integration tests
// (about one core), then the two-instance test; the other builds the app once and runs the end-to-end tests and
// the bundle budget (the browser, the server and its database fill the rest). A step that serves the app waits
// for the build. A lane stops at its first failure; the other still finishes, so one run shows every failing
// tier. Each step's output is printed whole when it ends, then a table of step times. Exits non-zero when any
// step failed or did not run.
import { report, runScript, type ScriptResult } from "./setup/run-script";

type Step = { script: string; after?: string };
const LANES: Step[][] = [
  [{ script: "checks" }, { script: "test:unit" }, { script: "test:integration" }, { script: "test:e2e-multi", after: "build:if-stale" }],
  [{ script: "build:if-stale" }, { script: "test:e2e" }, { script: "bundle:size" }],
];

const finished = new Map<string, Promise<ScriptResult | null>>();
const settle = new Map<string, (r: ScriptResult | null) => void>();
for (const step of LANES.flat()) finished.set(step.script, new Promise((resolve) => settle.set(step.script, resolve)));

async function lane(steps: Step[]): Promise<void> {
  let failed = false;
  for (const step of steps) {
    const before = step.after ? await finished.get(step.after) : null;
    if (failed || (step.after && before?.code !== 0)) {
      settle.get(step.script)!(null);
      continue;
    }
    console.log(`== ${step.script}: started`);
    const r = await runScript(step.script);
    report(r);
    settle.get(step.script)!(r);
    failed = r.code !== 0;
  }
}

const started = Date.now();
await Promise.all(LANES.map(lane));
const results = await Promise.all(LANES.flat().map((s) => finished.get(s.script)!));
console.log("\n| step | result | seconds |\n|---|---|---|");
LANES.flat().forEach((step, i) => {
  const r = results[i];
  console.log(`| ${step.script} | ${r ? (r.code === 0 ? "ok" : `failed (exit ${r.code})`) : "not run"} | ${r ? r.seconds.toFixed(1) : "—"} |`);
});
const ok = results.every((r) => r?.code === 0);
console.log(`\n== npm test ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
