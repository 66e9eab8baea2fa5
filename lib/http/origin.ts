/**
 * This site's address for links that leave it (emails, texts, invitation and password links): the configured
 * APP_URL (or AUTH_URL), else this machine on PORT. Never taken from the request's Host or X-Forwarded-Host,
 * which the caller controls: a self-registered company could otherwise send official invitation emails
 * pointing at any site.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL || env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  return `http://localhost:${env.PORT || 3000}`;
}
