import type zlib from "node:zlib";

/**
 * The gzip level of what this process compresses without asking for one: in practice every page and route
 * answer, which `next start` gzips with `compression()`'s default (zlib's 6) and no setting to change it.
 * Level 1 costs a third of level 6's CPU on our pages (0.28 vs 0.52 ms for the 66 KB queue, 0.36 vs 0.82 ms
 * for the 98 KB stats page, one-shot on the bench machine) for 10–15 % more bytes (13.8 vs 12.3 KB, 19.6
 * vs 16.7 KB): on 2 cores that CPU is the scarce thing, and every page stays far under its 40 KB budget.
 */
export const PAGE_GZIP_LEVEL = 1;

const PATCHED = Symbol.for("resumption-desk.page-gzip");

/**
 * Makes `zlib.createGzip()` default to PAGE_GZIP_LEVEL; a caller that names a level still gets it. It changes
 * zlib's own exports (what `require("zlib")` returns to Next's compression), not a bundler's copy of them.
 */
export function installFastPageGzip(): void {
  const z = process.getBuiltinModule("node:zlib") as typeof zlib & { [PATCHED]?: true };
  if (z[PATCHED]) return;
  const createGzip = z.createGzip;
  // zlib's exports are read-only properties, but configurable.
  Object.defineProperty(z, "createGzip", {
    ...Object.getOwnPropertyDescriptor(z, "createGzip"),
    value: (options?: zlib.ZlibOptions) => createGzip({ level: PAGE_GZIP_LEVEL, ...options }),
  });
  z[PATCHED] = true;
}
