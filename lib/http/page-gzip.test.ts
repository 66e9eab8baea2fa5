import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { PAGE_GZIP_LEVEL, installFastPageGzip } from "./page-gzip";

// A page-like body: repetitive markup with varying text, as the queue's rows are.
const page = Buffer.from(
  Array.from(
    { length: 400 },
    (_, i) => `<tr class="border-b"><td class="px-2 py-1">YW-B-${String(i).padStart(9, "0")}</td><td>办理中 ${i * 7919}</td></tr>`,
  ).join(""),
);
const gzipStream = async (options?: zlib.ZlibOptions) => buffer(Readable.from([page]).pipe(zlib.createGzip(options)));

describe("page gzip", () => {
  it("compresses at the fast level when no level is asked for, and still unpacks to the same page", async () => {
    installFastPageGzip();
    const out = await gzipStream();
    expect(out).toEqual(zlib.gzipSync(page, { level: PAGE_GZIP_LEVEL }));
    expect(out).not.toEqual(zlib.gzipSync(page));
    expect(zlib.gunzipSync(out)).toEqual(page);
  });

  it("leaves a level a caller names alone, and installs once", async () => {
    installFastPageGzip();
    installFastPageGzip();
    expect(await gzipStream({ level: 9 })).toEqual(zlib.gzipSync(page, { level: 9 }));
    expect(await gzipStream()).toEqual(zlib.gzipSync(page, { level: PAGE_GZIP_LEVEL }));
  });
});
