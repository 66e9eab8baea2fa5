/** Whether a value (from an address, a form, a row) is one of a fixed list of words: narrows it to that list's type. */
export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return allowed.some((a) => a === value);
}

/** The value if it is one of the list, else undefined (an unknown word in an address is ignored, not refused). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return isOneOf(allowed, value) ? value : undefined;
}

/** A record with one entry per key of a fixed list, each computed from its key (counts starting at 0…). */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const entries = new Map<K, V>(keys.map((k) => [k, value(k)]));
  // Object.fromEntries types its result by string keys; every key of K was set just above.
  return Object.fromEntries(entries) as Record<K, V>;
}
