// Node loader hooks for the e2e fixtures (tests/e2e/data.ts), which run the app's own domain modules in the
// Playwright worker, outside Next.js:
// - the message catalogs are imported as JSON without an import attribute, as Next.js and Vitest allow,
//   and Node requires `with { type: "json" }`: added here for .json files;
// - a data module may start with `import "server-only"`, which throws outside React Server Components:
//   resolved here to an empty module, as vitest.config.ts does with its alias.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.split(/[?#]/)[0].endsWith(".json") && context.importAttributes?.type !== "json") {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
