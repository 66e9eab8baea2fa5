import { describe, expect, it } from "vitest";
import { decodeCursor, decodeInstantCursor, decodeTextCursor, encodeCursor, pageBy, pageOf } from "./cursor";

const b64 = (s: string) => Buffer.from(s).toString("base64url");

describe("keyset cursors", () => {
  it("round-trips the sort key and id of the last row, dates as ISO text", () => {
    expect(decodeCursor(encodeCursor("王浩然", "c1"))).toEqual({ k: "王浩然", id: "c1" });
    expect(decodeCursor(encodeCursor(new Date("2026-03-02T01:00:00Z"), "c2"))).toEqual({ k: "2026-03-02T01:00:00.000Z", id: "c2" });
    expect(decodeCursor(encodeCursor(null, 42n))).toEqual({ k: null, id: "42" });
  });

  it("reads an instant cursor back as the same Date, and a name cursor as its text", () => {
    const due = new Date("2026-03-02T01:00:00.123Z");
    expect(decodeInstantCursor(encodeCursor(due, "c1"))).toEqual({ at: due, id: "c1" });
    expect(decodeTextCursor(encodeCursor("Ölmühle 油坊", "u1"))).toEqual({ k: "Ölmühle 油坊", id: "u1" });
  });

  it("treats a cursor someone edited or made up as the first page", () => {
    for (const raw of [
      "not-base64-json",
      "%%%",
      b64(JSON.stringify({ k: {}, id: "x" })),
      b64(JSON.stringify({ k: "a", id: "" })),
      b64(JSON.stringify({ k: "a" })),
      b64("[1,2]"),
      b64("null"),
      b64("{"),
      "x".repeat(5000),
      "",
      undefined,
      null,
    ]) {
      expect(decodeCursor(raw)).toBeNull();
    }
    // A well-formed cursor of the wrong kind is the first page too, never an Invalid Date in a query.
    expect(decodeInstantCursor(encodeCursor("王浩然", "c1"))).toBeNull();
    expect(decodeInstantCursor(encodeCursor(7, "c1"))).toBeNull();
    expect(decodeTextCursor(encodeCursor(null, "c1"))).toBeNull();
  });

  it("a tampered cursor (one character changed) decodes to nothing or to another well-formed position", () => {
    const good = encodeCursor(new Date("2026-03-02T01:00:00Z"), "c1");
    for (let i = 0; i < good.length; i++) {
      const bad = good.slice(0, i) + (good[i] === "A" ? "B" : "A") + good.slice(i + 1);
      const got = decodeInstantCursor(bad);
      if (got) expect(Number.isNaN(got.at.getTime())).toBe(false);
    }
  });

  it("offers a next page only when a row beyond the page was fetched", () => {
    const rows = [
      { id: "a", n: "1" },
      { id: "b", n: "2" },
      { id: "c", n: "3" },
    ];
    const full = pageOf(rows, 2, (r) => r.n);
    expect(full.rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(decodeCursor(full.nextCursor)).toEqual({ k: "2", id: "b" });
    expect(pageOf(rows, 3, (r) => r.n).nextCursor).toBeNull();
    expect(pageBy(rows, 1, (r) => `after-${r.id}`)).toEqual({ rows: [rows[0]], nextCursor: "after-a" });
  });
});
