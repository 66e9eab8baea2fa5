import "server-only";
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { OpenedTokens } from "./opened-tokens";

const NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

const opened = new OpenedTokens<JWT>();

/**
 * The session's token from the request's cookies, decrypted once (no re-encryption and no cookie
 * written back, unlike Auth.js' auth()), or null when there is none or it does not open (wrong secret,
 * tampered, past its expiry). The cookie's own name is the key derivation's salt, as Auth.js writes it.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of NAMES) {
    // Large tokens are split into name.0, name.1, … (Auth.js' SessionStore); ours fit in one.
    const whole = jar.get(name)?.value;
    const chunks =
      whole === undefined
        ? jar
            .getAll()
            .filter((c) => c.name.startsWith(`${name}.`))
            .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
            .map((c) => c.value)
        : [whole];
    if (!chunks.length) continue;
    const token = chunks.join("");
    // Keyed by the secret too: a rotated secret opens nothing it did not seal.
    const key = `${name}\n${secret}\n${token}`;
    const known = opened.get(key);
    if (known) return known;
    try {
      const jwt = await decode({ token, secret, salt: name });
      if (jwt) opened.set(key, jwt);
      return jwt;
    } catch {
      return null;
    }
  }
  return null;
}
