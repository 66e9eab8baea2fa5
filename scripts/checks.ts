// `npm run checks`: the linter, the formatter's check, the type checker and the lib/ folder-cycle check side by side (each is one
// process on one core; CI has two), each one's output printed whole when it ends, so they never interleave. Fails when any fails.
import { report, runScript } from "./setup/run-script";

const CHECKS = ["lint", "format", "typecheck", "cycles"] as const;

const started = Date.now();
const results = await Promise.all(CHECKS.map(runScript));
results.forEach(report);
console.log(`== checks done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
