/**
 * A small time-bounded memo: a value computed for a key is served for `ttlMs`, and while it is being
 * computed everyone asking for the same key waits for that one computation (single flight) instead of
 * starting their own. A failed computation is forgotten at once, so the next caller tries again.
 */
export function singleFlight<T>(ttlMs: number, maxEntries = 500) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string, nowMs: number, compute: () => Promise<T>): Promise<T> => {
    const hit = entries.get(key);
    if (hit && nowMs - hit.at < ttlMs && nowMs >= hit.at) return hit.value;
    for (const [k, e] of entries) if (nowMs - e.at >= ttlMs || entries.size >= maxEntries) entries.delete(k);
    const value = compute();
    entries.set(key, { at: nowMs, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
