// `import "server-only"` marks the data modules (lib/db.ts and those that query the database or read
// secrets) so that a Client Component importing one fails the Next build. Outside Next, in the scripts run
// with tsx (npm start, worker, seed, migrations, bench…), the marker has nothing to guard and would throw:
// this resolve hook maps it to an empty module. Loaded with `tsx --import ./scripts/setup/server-only-hook.mjs`.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
