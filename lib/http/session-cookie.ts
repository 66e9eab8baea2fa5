// Auth.js' session cookie: `authjs.session-token`, `__Secure-` prefixed over HTTPS, split into `.0`, `.1`, …
// when large.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Whether the request carries a session cookie at all — what lib/http/request-guard.ts redirects on. It does not open
 * the cookie: the page decrypts it once and checks it against the database (lib/auth/session.ts), so the
 * guard neither decrypts it a second time nor re-issues it on every page.
 */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
