import http from "node:http";

const INSTALLED = Symbol.for("resumption-desk.peer-hop");

/**
 * Next gives the app no socket address: it only fills X-Forwarded-For with it when the caller sent none,
 * so a caller who sends one decides its whole value. From here on, the app's HTTP server appends the
 * socket's address to X-Forwarded-For of every request before Next sees it, as a proxy does; the last hop
 * is then always the one that reached this process (lib/http/client-address.ts counts trusted hops from it).
 * Called once from instrumentation.ts, in the Node runtime, in the process that serves the requests.
 */
export function appendPeerHop(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") withPeerHop(args[0] as http.IncomingMessage);
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}

/** The request's X-Forwarded-For with the socket's address as its last hop (one header, comma-separated). */
function withPeerHop(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  const before = (Array.isArray(sent) ? sent.join(", ") : (sent ?? "")).trim();
  req.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}
