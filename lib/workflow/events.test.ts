import { describe, expect, it } from "vitest";
import { parseEvent, withPayload } from "./events";

describe("timeline events read back", () => {
  it("types the payload of each known kind", () => {
    const e = parseEvent({ kind: "STATUS", data: { action: "ask", reason: "QUESTION", replyId: "r1" } });
    expect(e).toEqual({ kind: "STATUS", data: { action: "ask", reason: "QUESTION", replyId: "r1" } });
    expect(parseEvent({ kind: "PRIORITY", data: { from: "LOW", to: "URGENT" } })).toEqual({ kind: "PRIORITY", data: { from: "LOW", to: "URGENT" } });
    // A reveal carries no payload: null in the row.
    expect(parseEvent({ kind: "REVEAL", data: null })).toEqual({ kind: "REVEAL" });
  });

  it("reads rows written before payloads were complete (and the demo data) as their kind", () => {
    expect(parseEvent({ kind: "CREATED", data: null })).toEqual({ kind: "CREATED" });
    expect(parseEvent({ kind: "STATUS", data: null })).toEqual({ kind: "STATUS" });
    expect(parseEvent({ kind: "STATUS", data: { toStatus: "x" } })).toEqual({ kind: "STATUS", data: {} });
    expect(parseEvent({ kind: "REMINDER", data: { assigneeId: "u1" } })).toEqual({ kind: "REMINDER", data: { assigneeId: "u1" } });
    expect(parseEvent({ kind: "ESCALATED", data: { dueAt: "2026-03-02T01:00:00.000Z" } }).kind).toBe("ESCALATED");
  });

  it("keeps a row from an older version or a hand edit readable as UNKNOWN with its raw kind, never throwing", () => {
    expect(parseEvent({ kind: "LEGACY_STAMP", data: { anything: 1 } })).toEqual({ kind: "UNKNOWN", rawKind: "LEGACY_STAMP", data: null });
    expect(parseEvent({ kind: "PRIORITY", data: { from: "LOW", to: "SOMEDAY" } })).toEqual({ kind: "UNKNOWN", rawKind: "PRIORITY", data: null });
    expect(parseEvent({ kind: "ASSIGNED", data: null })).toEqual({ kind: "UNKNOWN", rawKind: "ASSIGNED", data: null });
    expect(parseEvent({ kind: "RATED", data: "5" })).toEqual({ kind: "UNKNOWN", rawKind: "RATED", data: null });
  });

  it("keeps the row's other columns beside the typed payload", () => {
    const at = new Date("2026-03-02T01:00:00Z");
    const row = withPayload({ id: 7n, kind: "RATED", data: { score: 4 }, text: "好", createdAt: at });
    expect(row).toEqual({ id: 7n, kind: "RATED", data: { score: 4 }, text: "好", createdAt: at });
    if (row.kind === "RATED") expect(row.data.score + 1).toBe(5);
  });
});
