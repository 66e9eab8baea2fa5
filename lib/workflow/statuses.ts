import type { Status } from "./state-machine";

// The status sets every query, page and job speaks of, defined once (Prisma `where`, raw SQL through
// lib/workflow/status-sql.ts, and the pages alike). Pure: no Prisma here.

/** Waiting on the unit or the enterprise: the backlog, the "未办结" queue tab. */
export const OPEN = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "NEEDS_INFO"] as const satisfies readonly Status[];
/** Open with the SLA clock running (NEEDS_INFO pauses it): these can be reminded, escalated, overdue. */
export const RUNNING = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS"] as const satisfies readonly Status[];
/** Solved: resolved, whether or not the enterprise has confirmed yet. */
export const SOLVED = ["RESOLVED", "CLOSED"] as const satisfies readonly Status[];
/** Nothing left for the unit to do: solved, not accepted or withdrawn. */
export const FINISHED = ["RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"] as const satisfies readonly Status[];
/** Finished: nothing more is added (a withdrawn case comes back only through its withdrawal review, 撤单质检). */
export const TERMINAL = ["CLOSED", "REJECTED", "WITHDRAWN"] as const satisfies readonly Status[];

export type OpenStatus = (typeof OPEN)[number];

/** Whether a status (as the database or a page carries it) belongs to a set. */
export function isIn(set: readonly Status[], status: string): boolean {
  return set.some((s) => s === status);
}
