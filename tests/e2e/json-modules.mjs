// lib/i18n/catalog.ts imports the message catalogs as JSON without an import attribute, as Next.js and
// Vitest allow. Node (which runs the e2e fixtures in tests/e2e/data.ts) requires `with { type: "json" }`:
// this loader hook adds it for .json files, so the fixtures can use the app's own domain functions.
export async function load(url, context, nextLoad) {
  if (url.split(/[?#]/)[0].endsWith(".json") && context.importAttributes?.type !== "json") {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
