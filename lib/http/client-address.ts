// Which address a request came from, for the per-address sign-in limit and /track's allowance. Pure: the
// hops are read from X-Forwarded-For, where the app's own server appends the socket's address as the last
// hop (lib/http/peer-hop.ts), exactly as each proxy in front of it appends the address it was reached from.

type HeaderReader = { get(name: string): string | null };

/** How many proxies of the deployment stand in front of the app (TRUSTED_PROXIES; 0 = it faces callers directly). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) return 0;
  if (!/^\d$/.test(raw)) throw new Error(`TRUSTED_PROXIES must be a whole number of proxies from 0 to 9 (got "${raw}")`);
  return Number(raw);
}

const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

/**
 * The address of whoever reached the first trusted hop: walking X-Forwarded-For from the right, the socket's
 * address (appended by the app) is skipped once per trusted proxy. Everything left of that hop was written
 * by the caller and is never used, so a caller who sends `X-Forwarded-For: <anything>` is still the same
 * address. With fewer hops than proxies (a proxy that did not append), the left-most hop there is.
 */
export function clientAddress(headers: HeaderReader, proxies = trustedProxies()): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const address = hops.length ? hops[Math.max(0, hops.length - 1 - proxies)]! : "";
  return ADDRESS.test(address) ? address : "unknown";
}
