// What the seed decides about a request before playing it out, and the rows the play leaves behind.
import type { Prisma } from "@/generated/prisma/client";
import type { RequestStatus } from "@/generated/prisma/enums";
import type { RequestType } from "./demo-details";

export type Rows = {
  requests: Prisma.RequestCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  replies: Prisma.ReplyCreateManyInput[];
  pauses: Prisma.SlaPauseCreateManyInput[];
  coHandlings: Prisma.CoHandlingCreateManyInput[];
  ratings: Prisma.RatingCreateManyInput[];
};

export type UnitRef = { id: string; code: string; officerIds: string[]; leadIds: string[] };
export type CoHandlingPlan = { unit: UnitRef; done: boolean; note: string };

export type Plan = {
  id: string;
  reference: string;
  type: RequestType;
  details: Record<string, unknown>;
  priority: Prisma.RequestCreateManyInput["priority"];
  enterpriseId: string;
  townshipId: string;
  liaisonId: string | null;
  unverified: boolean;
  whitelisted: boolean;
  unit: UnitRef;
  creatorId: string;
  submittedAt: Date;
  firstResponseDueAt: Date;
  /** The resolution due time given the milliseconds spent paused so far (the SLA's computeDue). */
  /** The resolution due time after these pauses. */
  due: (pauses: { start: Date; end: Date }[]) => Date;
  outcome: "close" | "reject" | "withdraw" | "stall";
  /** Where a stalled case stops, or where a withdrawn one is withdrawn from. */
  at?: "SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "NEEDS_INFO" | "RESOLVED";
  ask?: boolean;
  reopen?: boolean;
  late?: boolean;
  /** Multiplies every delay: story cases use it to fit their timeline into the hours before `now`. */
  pace?: number;
  arrivalTo?: Date;
  resolution?: string;
  rating?: { score: number; comment: string };
  coHandling?: CoHandlingPlan[];
};

export type Ev = Omit<Prisma.EventCreateManyInput, "requestId">;

/** Where a request stands once its story has been played up to `now`. */
export type SimState = {
  status: RequestStatus;
  events: Ev[];
  assigneeId: string | null;
  assignedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  firstResolvedAt: Date | null;
  closedAt: Date | null;
  /** When it reached CLOSED, REJECTED or WITHDRAWN. */
  endedAt: Date | null;
  withdrawReason: string | null;
  /** Every ended pause: the paused total and the due time (lib/sla/working-time.ts slaPausedMs) come from these. */
  pauseSpans: { start: Date; end: Date }[];
  openPause: Prisma.SlaPauseCreateManyInput | null;
  reopenCount: number;
};
