import http from "node:http";
import { coalesceFlushes } from "./coalesce-flush";
import { installFastPageGzip } from "./page-gzip";
import { withPeerHop } from "./peer-hop";

const INSTALLED = Symbol.for("resumption-desk.server-hooks");

/**
 * What the app's HTTP server does to every request before Next sees it: the socket's address becomes the
 * last hop of X-Forwarded-For (lib/http/peer-hop.ts), and the response's flushes are coalesced per turn of
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
      withPeerHop(args[0] as http.IncomingMessage);
      coalesceFlushes(args[1] as http.ServerResponse);
    }
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
