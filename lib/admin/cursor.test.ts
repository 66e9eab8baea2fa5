import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./cursor";

describe("keyset cursors", () => {
  it("round-trips the sort key and id of the last row, dates as ISO text", () => {
    expect(decodeCursor(encodeCursor("王浩然", "c1"))).toEqual({ k: "王浩然", id: "c1" });
    expect(decodeCursor(encodeCursor(new Date("2026-03-02T01:00:00Z"), "c2"))).toEqual({ k: "2026-03-02T01:00:00.000Z", id: "c2" });
    expect(decodeCursor(encodeCursor(null, 42n))).toEqual({ k: null, id: "42" });
  });

  it("treats a cursor someone edited or made up as the first page", () => {
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ k: {}, id: "x" })).toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it("offers a next page only when a row beyond the page was fetched", () => {
    const rows = [{ id: "a", n: "1" }, { id: "b", n: "2" }, { id: "c", n: "3" }];
    const full = pageOf(rows, 2, (r) => r.n);
    expect(full.rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(decodeCursor(full.nextCursor)).toEqual({ k: "2", id: "b" });
    expect(pageOf(rows, 3, (r) => r.n).nextCursor).toBeNull();
  });
});
