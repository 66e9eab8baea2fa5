import type { ServerResponse } from "node:http";

/**
 * Next streams a page in many small pieces and, after writing each one, calls `res.flush()` — which the
 * `compression` middleware adds — so that every piece leaves compressed at once. Each such flush is a zlib
 * sync flush and then a socket write of its own: 50–70 of them for one queue page, a fifth of the page's
 * Node CPU, and a larger gzip. Here the flushes asked for during one turn of the event loop become one flush
 * on the next turn: a page that renders without waiting goes out in one or two writes, and a page that waits
 * (a Suspense boundary, loading.tsx) still sends what it has as soon as it waits.
 * The response's `flush` is taken over before the middleware assigns its own (it assigns to this property).
 */
export function coalesceFlushes(res: ServerResponse, defer: (run: () => void) => void = setImmediate): void {
  let flushNow: (() => void) | undefined;
  let pending = false;
  const flushSoon = () => {
    if (pending) return;
    pending = true;
    defer(() => {
      pending = false;
      if (!res.writableEnded && !res.destroyed) flushNow?.();
    });
  };
  Object.defineProperty(res, "flush", {
    configurable: true,
    enumerable: false,
    get: () => (flushNow ? flushSoon : undefined),
    set: (fn: () => void) => {
      flushNow = fn;
    },
  });
}
