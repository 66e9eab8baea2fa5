import { describe, expect, it } from "vitest";
import { ACTIONS, STATUSES, availableActions, canReopen, isOpen, isTerminal, transition, type Action, type Actor, type Status } from "./state-machine";

// Written out by hand from DOMAIN.md, not derived from the implementation. Every triple that is
// not listed here must be refused.
const ALLOWED: [Status, Action, Actor, Record<string, unknown>][] = [
  ["SUBMITTED", "accept", "UNIT", { to: "ACCEPTED" }],
  ["SUBMITTED", "assign", "UNIT", { to: "ACCEPTED" }],
  ["SUBMITTED", "reject", "UNIT", { to: "REJECTED" }],
  ["SUBMITTED", "withdraw", "ENTERPRISE", { to: "WITHDRAWN" }],
  ["ACCEPTED", "assign", "UNIT", { to: "ACCEPTED" }],
  ["ACCEPTED", "start", "UNIT", { to: "IN_PROGRESS" }],
  ["ACCEPTED", "ask", "UNIT", { to: "NEEDS_INFO", pausesClock: true }],
  ["ACCEPTED", "withdraw", "ENTERPRISE", { to: "WITHDRAWN" }],
  ["IN_PROGRESS", "assign", "UNIT", { to: "IN_PROGRESS" }],
  ["IN_PROGRESS", "ask", "UNIT", { to: "NEEDS_INFO", pausesClock: true }],
  ["IN_PROGRESS", "resolve", "UNIT", { to: "RESOLVED" }],
  ["IN_PROGRESS", "withdraw", "ENTERPRISE", { to: "WITHDRAWN" }],
  ["NEEDS_INFO", "assign", "UNIT", { to: "NEEDS_INFO" }],
  ["NEEDS_INFO", "answer", "ENTERPRISE", { to: "IN_PROGRESS", resumesClock: true, endsPause: true }],
  ["NEEDS_INFO", "withdraw", "ENTERPRISE", { to: "WITHDRAWN", endsPause: true }],
  ["NEEDS_INFO", "recordAnswer", "UNIT", { to: "IN_PROGRESS", resumesClock: true, endsPause: true }],
  ["NEEDS_INFO", "retractQuestion", "UNIT", { to: "IN_PROGRESS", resumesClock: true, endsPause: true }],
  ["NEEDS_INFO", "resolve", "UNIT", { to: "RESOLVED", endsPause: true }],
  ["RESOLVED", "confirm", "ENTERPRISE", { to: "CLOSED" }],
  ["RESOLVED", "autoClose", "SYSTEM", { to: "CLOSED" }],
  ["RESOLVED", "reopen", "ENTERPRISE", { to: "IN_PROGRESS" }],
  ["WITHDRAWN", "reinstate", "UNIT", { to: "IN_PROGRESS" }],
];

const ACTORS: Actor[] = ["ENTERPRISE", "UNIT", "SYSTEM"];

function expected(status: Status, action: Action, actor: Actor) {
  const row = ALLOWED.find(([s, a, who]) => s === status && a === action && who === actor);
  return row ? { ok: true, ...row[3] } : { ok: false, reason: "not_allowed" };
}

describe("transition", () => {
  const triples = STATUSES.flatMap((s) => ACTIONS.flatMap((a) => ACTORS.map((who) => [s, a, who] as const)));

  it("covers all 8 × 14 × 3 triples", () => {
    expect(triples).toHaveLength(336);
  });

  it.each(triples)("%s --%s by %s-->", (status, action, actor) => {
    // toStrictEqual: a flag the table does not list (e.g. a stray pausesClock) is a failure.
    expect(transition(status, action, actor)).toStrictEqual(expected(status, action, actor));
  });

  it("resumes the clock when the officer records a phone answer, as for an online one", () => {
    expect(transition("NEEDS_INFO", "recordAnswer", "UNIT")).toStrictEqual(transition("NEEDS_INFO", "answer", "ENTERPRISE"));
  });

  it("ends the pause without resuming the clock when the case is resolved while waiting", () => {
    const r = transition("NEEDS_INFO", "resolve", "UNIT");
    expect(r.ok && r.endsPause && !r.resumesClock).toBe(true);
  });

  it("never lets the clock resume when a withdrawal ends a pause", () => {
    const r = transition("NEEDS_INFO", "withdraw", "ENTERPRISE");
    expect(r.ok && r.resumesClock).toBeFalsy();
  });
});

describe("availableActions", () => {
  it("offers the unit every way forward from ACCEPTED", () => {
    expect(availableActions("ACCEPTED", "UNIT")).toEqual(["assign", "start", "ask"]);
  });

  it("offers the enterprise answer and withdraw while information is needed", () => {
    expect(availableActions("NEEDS_INFO", "ENTERPRISE")).toEqual(["answer", "withdraw"]);
  });

  it("offers the system only auto-close, and only on a resolved request", () => {
    expect(availableActions("RESOLVED", "SYSTEM")).toEqual(["autoClose"]);
    expect(availableActions("IN_PROGRESS", "SYSTEM")).toEqual([]);
  });

  it("never leaves the unit without a move while the enterprise is waited on", () => {
    expect(availableActions("NEEDS_INFO", "UNIT")).toEqual(["assign", "resolve", "recordAnswer", "retractQuestion"]);
  });

  it.each(["CLOSED", "REJECTED"] as const)("offers nothing to anyone on %s", (status) => {
    for (const actor of ACTORS) expect(availableActions(status, actor)).toEqual([]);
  });

  it("lets only the unit bring back a withdrawn request (after its withdrawal review)", () => {
    expect(availableActions("WITHDRAWN", "UNIT")).toEqual(["reinstate"]);
    expect(availableActions("WITHDRAWN", "ENTERPRISE")).toEqual([]);
  });
});

describe("isOpen / isTerminal", () => {
  it.each([
    ["SUBMITTED", true, false],
    ["ACCEPTED", true, false],
    ["IN_PROGRESS", true, false],
    ["NEEDS_INFO", true, false],
    ["RESOLVED", false, false],
    ["CLOSED", false, true],
    ["REJECTED", false, true],
    ["WITHDRAWN", false, true],
  ] as const)("%s: open=%s terminal=%s", (status, open, terminal) => {
    expect(isOpen(status)).toBe(open);
    expect(isTerminal(status)).toBe(terminal);
  });
});

describe("canReopen", () => {
  const resolvedAt = new Date("2026-03-02T10:00:00+08:00");

  it("allows reopening up to exactly 7 days after resolution", () => {
    expect(canReopen(resolvedAt, new Date("2026-03-02T10:05:00+08:00"))).toBe(true);
    expect(canReopen(resolvedAt, new Date("2026-03-09T10:00:00+08:00"))).toBe(true);
  });

  it("refuses once 7 days have passed", () => {
    expect(canReopen(resolvedAt, new Date("2026-03-09T10:00:01+08:00"))).toBe(false);
  });
});
