// A seeded generator, so the demo data is identical on every machine for the same `now`.
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K;
  digits(n: number): string;
};

// mulberry32: tiny, fast and good enough for demo data (not for anything secret).
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    weighted<K extends string>(weights: Partial<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [k, w] of entries) {
        r -= w;
        if (r < 0) return k;
      }
      return entries[entries.length - 1][0];
    },
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(""),
  };
}

/** Ids in the shape of Prisma's cuid() default, drawn from the seeded generator so rows can be linked before insert. */
export function idMaker(rng: Rng): () => string {
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return () => "c" + Array.from({ length: 24 }, () => alphabet[Math.floor(rng.next() * 36)]).join("");
}
