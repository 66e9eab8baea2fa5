// `npm run bundle:size` (after `next build`): first-load JavaScript of every page, gzipped; exits 1 when
// any page sends more than FIRST_LOAD_LIMIT_KB.
import { existsSync } from "node:fs";
import path from "node:path";
import { FIRST_LOAD_LIMIT_KB, firstLoadWeights, kb } from "../lib/perf/first-load";

const distDir = path.resolve(process.argv[2] ?? ".next");
if (!existsSync(path.join(distDir, "build-manifest.json"))) {
  console.error(`no build in ${distDir}: run \`npm run build\` first`);
  process.exit(1);
}
const weights = firstLoadWeights(distDir);
const width = Math.max(...weights.map((w) => w.route.length));
console.log(`${"route".padEnd(width)}  first-load JS (gzip)  files`);
for (const w of weights)
  console.log(
    `${w.route.padEnd(width)}  ${`${kb(w.gzipBytes).toFixed(1)} kB`.padStart(20)}  ${w.files}${kb(w.gzipBytes) > FIRST_LOAD_LIMIT_KB ? "  over the limit" : ""}`,
  );
const over = weights.filter((w) => kb(w.gzipBytes) > FIRST_LOAD_LIMIT_KB);
console.log(`\nlimit ${FIRST_LOAD_LIMIT_KB} kB gzipped per route (kB = 1,000 bytes): ${over.length ? `${over.length} over` : "every route within it"}`);
process.exit(over.length ? 1 : 0);
