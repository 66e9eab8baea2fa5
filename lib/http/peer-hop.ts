import type { IncomingMessage } from "node:http";

/**
 * Next gives the app no socket address: it only fills X-Forwarded-For with it when the caller sent none,
 * so a caller who sends one decides its whole value. The app's HTTP server (lib/http/server-hooks.ts) appends
 * the socket's address to X-Forwarded-For of every request before Next sees it, as a proxy does; the last
 * hop is then always the one that reached this process (lib/http/client-address.ts counts trusted hops from it).
 */
export function withPeerHop(req: IncomingMessage): void {
  const peer = req.socket?.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  const before = (Array.isArray(sent) ? sent.join(", ") : (sent ?? "")).trim();
  req.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}
