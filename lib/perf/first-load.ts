import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The most first-load JavaScript (gzipped, in kB of 1,000 bytes) a route may send: `npm run bundle:size` fails above it. */
export const FIRST_LOAD_LIMIT_KB = 150;

export type RouteWeight = { route: string; files: number; gzipBytes: number };

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/**
 * First-load JS of each page of a `next build` (Turbopack, App Router), read from its manifests: the
 * runtime every page loads (`build-manifest.json` rootMainFiles) plus the chunks of every client entry
 * of the route's tree — its layouts, page, error and not-found boundaries (the route's
 * `page_client-reference-manifest.js` entryJSFiles). Polyfills are left out: only browsers without
 * ES modules load them. Each file counts once, gzipped at level 9 as a CDN or Next's own compression sends it.
 */
export function firstLoadWeights(distDir: string): RouteWeight[] {
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) sizes.set(file, (size = gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length));
    return size;
  };
  const out: RouteWeight[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifest = readClientManifest(distDir, entry);
    const files = new Set(build.rootMainFiles);
    for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const c of chunks) files.add(c);
    out.push({ route, files: files.size, gzipBytes: [...files].reduce((sum, f) => sum + gz(f), 0) });
  }
  return out.sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

function readClientManifest(distDir: string, entry: string): ClientManifest {
  const file = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
  // The file is a script that assigns globalThis.__RSC_MANIFEST[entry]; read the JSON it assigns.
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("= {", text.indexOf("__RSC_MANIFEST[")) + 2;
  return JSON.parse(text.slice(start, text.lastIndexOf("}") + 1)) as ClientManifest;
}

export function kb(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
