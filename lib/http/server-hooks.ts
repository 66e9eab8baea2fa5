import http from "node:http";
import { coalesceFlushes } from "./coalesce-flush";
import { installFastPageGzip } from "./page-gzip";
import { withPeerHop } from "./peer-hop";
import { guardRequest } from "./request-guard";

const INSTALLED = Symbol.for("resumption-desk.server-hooks");

/**
 * What the app's HTTP server does to every request before Next sees it: the socket's address becomes the
 * last hop of X-Forwarded-For (lib/http/peer-hop.ts), pages get their CSP nonce and security headers and
 * foreign action posts, NUL bytes and signed-out visits to protected areas are dealt with
 * (lib/http/request-guard.ts, what a Next proxy.ts would do, without its per-request adapter), the response's flushes are coalesced per turn of
 * the event loop (lib/http/coalesce-flush.ts), and pages are gzipped at a fast level (lib/http/page-gzip.ts).
 * Called once from instrumentation.ts, in the Node runtime, in the process that serves the requests.
 */
export function installServerHooks(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  installFastPageGzip();
  const emit = proto.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      withPeerHop(req);
      // Refused or sent to sign-in here: Next never sees it.
      if (guardRequest(req, res)) return true;
      coalesceFlushes(res);
    }
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
