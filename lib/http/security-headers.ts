// The headers every page carries, built in one place (lib/http/request-guard.ts sets them per request). Pure, so each
// rule is unit-tested; the e2e checks they reach the browser.

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only from this site and only when they carry this response's nonce (Next adds it to its own
 * scripts when it reads this header on the request); 'strict-dynamic' lets them load their chunks. Styles
 * come from this site (Tailwind's file) and the style attributes React writes. Nothing may frame the site,
 * post forms elsewhere or load plugins. `next dev` needs eval for its overlay; `next start` never gets it.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** No camera, microphone, location, payment or USB for any page or frame: the desk needs none of them. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/** Served over https (directly or behind a proxy that says so): browsers keep to https for a year. */
export function strictTransportSecurity(protocol: string, forwardedProto: string | null): string | null {
  const https = protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
  return https ? "max-age=31536000; includeSubDomains" : null;
}

/**
 * A server action posted from another site: Next refuses it by throwing (a 500). Refused here first with a
 * 403. An action is a POST with a Next-Action header (sent by scripts) or a form's body (a browser without
 * scripts posts the action's id among the fields; Next runs it all the same). Compared like Next does,
 * against X-Forwarded-Host or Host; a POST without an Origin header is left to Next (old browsers and
 * same-origin fetches may omit it).
 */
export function isForeignActionPost(method: string, h: { get(name: string): string | null }): boolean {
  const formBody = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(h.get("content-type") ?? "");
  if (method !== "POST" || !(h.get("next-action") !== null || formBody)) return false;
  const origin = h.get("origin");
  if (origin === null) return false;
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}
