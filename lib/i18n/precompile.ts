import compile from "icu-minify/compile";
import { pickMessages } from "./pick";

// Catalog namespaces are module-level objects: each is compiled once per process, not once per request.
const compiled = new WeakMap<object, Record<string, unknown>>();

/**
 * The messages with every ICU string compiled ahead (icu-minify), as the browser's formatter expects:
 * next.config.js points the client bundle's `use-intl/format-message` at next-intl's format-only
 * formatter, so no ICU parser (intl-messageformat, ~12 kB gzipped) is sent to the browser.
 */
export function precompileMessages(messages: Record<string, unknown>): Record<string, unknown> {
  const hit = compiled.get(messages);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    out[key] =
      typeof value === "string"
        ? plain(compile(value))
        : typeof value === "object" && value !== null
          ? precompileMessages(value as Record<string, unknown>)
          : value;
  }
  compiled.set(messages, out);
  return out;
}

// icu-minify builds plural and select branches as null-prototype objects, which React refuses to pass
// from a server component to a client one: rebuilt as plain objects.
function plain<T>(compiledMessage: T): T {
  return typeof compiledMessage === "string" ? compiledMessage : (JSON.parse(JSON.stringify(compiledMessage)) as T);
}

/** What a NextIntlClientProvider gets: only the namespaces at `paths`, compiled. */
export function clientMessages(messages: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  return precompileMessages(pickMessages(messages, paths));
}
