import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error -- Next's own copy of the `compression` middleware, which `next start` puts in front of every page.
import compression from "next/dist/compiled/compression";
import { coalesceFlushes } from "./coalesce-flush";

type Handler = (res: http.ServerResponse) => Promise<void>;
let server: http.Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? (server.closeAllConnections(), server.close(() => done())) : done())));

/** A server that answers as `next start` does: gzip through the middleware, Next's write-then-flush per piece. */
async function serve(handler: Handler, coalesce: boolean): Promise<string> {
  const compress = compression();
  server = http.createServer((req, res) => {
    if (coalesce) coalesceFlushes(res);
    compress(req, res, () => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      void handler(res);
    });
  });
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** The gzip pieces as they arrive, each with what it unpacks to so far. */
function fetchPieces(url: string): Promise<{ pieces: number; body: string; firstBeforeLast: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
        const gunzip = zlib.createGunzip();
        let pieces = 0;
        let body = "";
        let firstBeforeLast = "";
        res.on("data", () => pieces++);
        res.pipe(gunzip);
        gunzip.on("data", (d: Buffer) => {
          body += d.toString();
          if (!firstBeforeLast) firstBeforeLast = body;
        });
        gunzip.on("end", () => resolve({ pieces, body, firstBeforeLast }));
        gunzip.on("error", reject);
      })
      .on("error", reject);
  });
}

const piece = (i: number) => `<li>row ${i} ${"x".repeat(300)}</li>`;
const flushAfterEachWrite = (res: http.ServerResponse, text: string) => {
  res.write(text);
  (res as http.ServerResponse & { flush?: () => void }).flush?.();
};

describe("coalesced flushes", () => {
  const sixtyPieces: Handler = async (res) => {
    for (let i = 0; i < 60; i++) flushAfterEachWrite(res, piece(i));
    res.end();
  };

  it("send a page written in 60 flushed pieces in a few packets instead of one per piece, same body", async () => {
    const plain = await fetchPieces(await serve(sixtyPieces, false));
    server!.closeAllConnections();
    await new Promise<void>((done) => server!.close(() => done()));
    const coalesced = await fetchPieces(await serve(sixtyPieces, true));
    expect(coalesced.body).toBe(plain.body);
    expect(coalesced.body).toContain(piece(59));
    expect(plain.pieces).toBeGreaterThan(20);
    expect(coalesced.pieces).toBeLessThanOrEqual(3);
  });

  it("still send what is written before the page waits, before the rest is written", async () => {
    let later = false;
    const waits: Handler = async (res) => {
      flushAfterEachWrite(res, "<p>shell</p>");
      await new Promise((r) => setTimeout(r, 150));
      later = true;
      flushAfterEachWrite(res, "<p>rest</p>");
      res.end();
    };
    const url = await serve(waits, true);
    const seenEarly = new Promise<boolean>((resolve) => {
      http.get(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
        const gunzip = zlib.createGunzip();
        res.pipe(gunzip);
        gunzip.once("data", (d: Buffer) => resolve(d.toString().includes("shell") && !later));
        gunzip.resume();
      });
    });
    expect(await seenEarly).toBe(true);
  });
});
