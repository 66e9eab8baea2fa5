/**
 * The part of a catalog under the given dotted paths ("common", "queue.bulk"), nested as in the catalog.
 * Client components get only these: every message handed to NextIntlClientProvider is serialised into
 * each page's HTML, so a page sends the namespaces its client components translate and no others.
 */
export function pickMessages(messages: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const k of keys) from = typeof from === "object" && from !== null ? (from as Record<string, unknown>)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Record<string, unknown>;
    to[keys.at(-1)!] = from;
  }
  return out;
}
