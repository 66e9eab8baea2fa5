/**
 * Session tokens already opened by this process, by their exact text. Opening one (HKDF to derive the key,
 * then AES-GCM) was ~5% of every page's CPU, and a person sends the same cookie with every page until it
 * changes. Only what opening yields is kept: whether the session still holds (signed out, disabled) is
 * checked on every request all the same (lib/auth/revocation.ts), and a token past its `exp` is never
 * served from here. Bounded: the oldest entries go first.
 */
export class OpenedTokens<T extends { exp?: number }> {
  private readonly map = new Map<string, T>();

  constructor(private readonly max = 5000) {}

  get(key: string, nowMs = Date.now()): T | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (typeof hit.exp !== "number" || hit.exp * 1000 <= nowMs) {
      this.map.delete(key);
      return undefined;
    }
    return hit;
  }

  /** Keeps a token that has an expiry (one without is opened every time). */
  set(key: string, value: T): void {
    if (typeof value.exp !== "number") return;
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
}
