// The life of a request (DOMAIN.md "Life of a request"). The server enforces exactly these
// transitions; anything absent from RULES is refused.

import { FINISHED, TERMINAL } from "./statuses";

export const STATUSES = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO", "RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"] as const;
export type Status = (typeof STATUSES)[number];

export const ACTIONS = [
  "accept",
  "assign",
  "start",
  "ask",
  "answer",
  "resolve",
  "reject",
  "withdraw",
  "confirm",
  "autoClose",
  "reopen",
  "recordAnswer",
  "retractQuestion",
  "reinstate",
] as const;
export type Action = (typeof ACTIONS)[number];

/** UNIT = an officer, lead or admin working the case; SYSTEM = scheduled jobs (auto-close). */
export type Actor = "ENTERPRISE" | "UNIT" | "SYSTEM";

/**
 * Clock effects for the caller:
 * - pausesClock: open a pause (time in NEEDS_INFO does not count toward the SLA);
 * - endsPause: close the open pause record;
 * - resumesClock: the SLA clock runs again afterwards (false when the case leaves for a terminal state).
 */
export type TransitionResult =
  { ok: true; to: Status; pausesClock?: boolean; resumesClock?: boolean; endsPause?: boolean } | { ok: false; reason: "not_allowed" };

type Rule = { actor: Actor; to: Status; pausesClock?: true; resumesClock?: true; endsPause?: true };

const RULES: Partial<Record<Status, Partial<Record<Action, Rule>>>> = {
  SUBMITTED: {
    accept: { actor: "UNIT", to: "ACCEPTED" },
    assign: { actor: "UNIT", to: "ACCEPTED" },
    reject: { actor: "UNIT", to: "REJECTED" },
    withdraw: { actor: "ENTERPRISE", to: "WITHDRAWN" },
  },
  ACCEPTED: {
    assign: { actor: "UNIT", to: "ACCEPTED" },
    start: { actor: "UNIT", to: "IN_PROGRESS" },
    // Officers often ask for a missing document before starting work. Turning a request down is only
    // possible before accepting it (DOMAIN: reject leaves SUBMITTED); once accepted, it is resolved with a note.
    ask: { actor: "UNIT", to: "NEEDS_INFO", pausesClock: true },
    withdraw: { actor: "ENTERPRISE", to: "WITHDRAWN" },
  },
  IN_PROGRESS: {
    assign: { actor: "UNIT", to: "IN_PROGRESS" },
    ask: { actor: "UNIT", to: "NEEDS_INFO", pausesClock: true },
    resolve: { actor: "UNIT", to: "RESOLVED" },
    withdraw: { actor: "ENTERPRISE", to: "WITHDRAWN" },
  },
  NEEDS_INFO: {
    assign: { actor: "UNIT", to: "NEEDS_INFO" },
    answer: { actor: "ENTERPRISE", to: "IN_PROGRESS", resumesClock: true, endsPause: true },
    // 助企不扰企: many answers come by phone or in person. The officer records it and the pause ends as
    // for an online answer; or takes the question back; or resolves the case outright. Officers are
    // never left without a move while the enterprise is waited on.
    recordAnswer: { actor: "UNIT", to: "IN_PROGRESS", resumesClock: true, endsPause: true },
    retractQuestion: { actor: "UNIT", to: "IN_PROGRESS", resumesClock: true, endsPause: true },
    resolve: { actor: "UNIT", to: "RESOLVED", endsPause: true },
    // The pause must not stay open forever, but the clock has nothing left to run for.
    withdraw: { actor: "ENTERPRISE", to: "WITHDRAWN", endsPause: true },
  },
  RESOLVED: {
    confirm: { actor: "ENTERPRISE", to: "CLOSED" },
    autoClose: { actor: "SYSTEM", to: "CLOSED" },
    reopen: { actor: "ENTERPRISE", to: "IN_PROGRESS" },
  },
  WITHDRAWN: {
    // Withdrawal review (撤单质检) found the enterprise was pushed into withdrawing: the case goes back to work.
    reinstate: { actor: "UNIT", to: "IN_PROGRESS" },
  },
};

export function transition(status: Status, action: Action, actor: Actor): TransitionResult {
  const rule = RULES[status]?.[action];
  if (!rule || rule.actor !== actor) return { ok: false, reason: "not_allowed" };
  const { actor: _actor, ...effects } = rule;
  return { ok: true, ...effects };
}

/** Actions this actor may take on a request in this status, in ACTIONS order. */
export function availableActions(status: Status, actor: Actor): Action[] {
  return ACTIONS.filter((action) => transition(status, action, actor).ok);
}

const NOT_OPEN: ReadonlySet<Status> = new Set(FINISHED);
const TERMINAL_SET: ReadonlySet<Status> = new Set(TERMINAL);

/** Still waiting on the unit or the enterprise: counts in the backlog and can go overdue. */
export function isOpen(status: Status): boolean {
  return !NOT_OPEN.has(status);
}

/** Finished: nothing more is added to it (a withdrawn case comes back only through its withdrawal review). */
export function isTerminal(status: Status): boolean {
  return TERMINAL_SET.has(status);
}

export const REOPEN_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** An enterprise may reopen a resolution for 7 days (clock time) after it was resolved. */
export function canReopen(resolvedAt: Date, now: Date): boolean {
  return now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_MS;
}
