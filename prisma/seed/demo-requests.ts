// About 200 requests over the eight weeks before `now`: drafted, numbered in submission order, then played out.
import { findRequestType } from "@/lib/request-types/registry";
import { defaultCalendar } from "@/lib/sla/calendar-data";
import { computeDue, slaPausedMs } from "@/lib/sla/working-time";
import { generalDetails, makeTraveller, passportDetails, supplyDetails, visaDetails, type Drafted, type RequestType, type Traveller } from "./demo-details";
import { RequestSim } from "./demo-lifecycle";
import type { Plan, Rows } from "./demo-plan";
import type { EnterpriseRef, People } from "./demo-people";
import { storyDrafts } from "./demo-story";
import type { Rng } from "./random";
import { addMs, DAY, HOUR, MIN, shanghaiHour, shanghaiMidnight, shanghaiYear } from "./time";

export const REQUEST_COUNT = 200;
const WEEKS = 8;

export type Draft = Drafted &
  Pick<Plan, "outcome" | "at" | "ask" | "reopen" | "late" | "pace" | "rating" | "coHandling" | "resolution"> & {
    type: RequestType;
    ent: EnterpriseRef;
    submittedAt: Date;
    creatorId: string;
  };

export function buildRequests(rng: Rng, newId: () => string, people: People, now: Date) {
  const travellers = new Map([...people.enterpriseRefs].map(([key]) => [key, Array.from({ length: 6 }, () => makeTraveller(rng, now))]));
  const drafts = storyDrafts(rng, people, travellers, now);
  while (drafts.length < REQUEST_COUNT) drafts.push(generatedDraft(rng, people, travellers, now));
  drafts.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());

  const counters = new Map<number, number>();
  const cal = defaultCalendar();
  const rows: Rows = { requests: [], events: [], replies: [], pauses: [], coHandlings: [], ratings: [] };
  const cutoff = addMs(now, -MIN);
  for (const d of drafts) {
    const year = shanghaiYear(d.submittedAt);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    // Routing, due times and priority come from the request type, as on a real submission.
    const def = findRequestType(d.type)!;
    const sla = def.sla;
    const unitCode = def.unit.kind === "unit" ? def.unit.code : d.ent.def.township;
    const plan: Plan = {
      ...d,
      id: newId(),
      reference: `YW-${year}-${String(n).padStart(6, "0")}`,
      priority: def.priority(d.details, { now: d.submittedAt, enterprise: { whitelisted: d.ent.def.whitelisted } }),
      enterpriseId: d.ent.id,
      townshipId: d.ent.townshipId,
      liaisonId: d.ent.liaisonId,
      unverified: d.ent.def.status !== "VERIFIED",
      whitelisted: d.ent.def.whitelisted,
      unit: people.units.get(unitCode)!,
      firstResponseDueAt: computeDue(d.submittedAt, sla.firstResponse, cal),
      due: (pauses) => computeDue(d.submittedAt, sla.resolution, cal, slaPausedMs(sla.resolution, pauses, cal)),
    };
    new RequestSim(plan, rng, newId, cutoff, cal, rows).run();
  }
  return { rows, counters };
}

function generatedDraft(rng: Rng, people: People, travellers: Map<string, Traveller[]>, now: Date): Draft {
  const refs = [...people.enterpriseRefs.values()].filter((e) => e.def.volume > 0);
  const ent = rng.weighted(Object.fromEntries(refs.map((e) => [e.def.key, e.def.volume])));
  const ref = people.enterpriseRefs.get(ent)!;
  const type = rng.weighted<RequestType>({
    SUPPLY_CHAIN_HANDOFF: 35,
    PASSPORT_EXPEDITE: 25,
    VISA_EXTENSION: ref.foreigners.length ? 20 : 0,
    GENERAL: 20,
  });
  const submittedAt = submissionTime(rng, ref, type, now);
  const ageDays = (now.getTime() - submittedAt.getTime()) / DAY;
  // Old cases are mostly done; a few recent ones are stuck, which is what the overdue views are for.
  // The newest few still wait in the unit queue.
  const waiting = ageDays < 2 && rng.chance(0.4);
  const outcome = waiting ? "stall" : rng.weighted<Draft["outcome"]>({ close: 76, reject: 5, withdraw: 6, stall: ageDays < 21 ? 16 : 0 });
  const at: Draft["at"] = waiting
    ? "SUBMITTED"
    : outcome === "stall"
      ? rng.weighted({ SUBMITTED: ageDays < 4 ? 2 : 0, ACCEPTED: 2, IN_PROGRESS: 4, NEEDS_INFO: 3, RESOLVED: 1 })
      : outcome === "withdraw"
        ? rng.weighted({ ACCEPTED: 3, IN_PROGRESS: 3, NEEDS_INFO: 1 })
        : undefined;
  const flags = { outcome, at, ask: at === "NEEDS_INFO" || rng.chance(0.2), reopen: outcome === "close" && rng.chance(0.04), late: rng.chance(0.1) };
  const creatorId = rng.chance(0.75) ? ref.staffIds[0] : rng.pick(ref.staffIds);
  const base = { ent: ref, submittedAt, creatorId, type, ...flags };
  switch (type) {
    case "SUPPLY_CHAIN_HANDOFF":
      return { ...base, ...supplyDetails(rng, ref.def, submittedAt) };
    case "VISA_EXTENSION":
      return { ...base, ...visaDetails(rng, rng.pick(ref.foreigners), submittedAt) };
    case "PASSPORT_EXPEDITE":
      return { ...base, ...passportDetails(rng, rng.pick(travellers.get(ref.def.key)!), submittedAt) };
    case "GENERAL":
      return { ...base, ...generalDetails(rng) };
  }
}

/** Mostly office hours and weekdays; goods on the road also come in early, late and at weekends. */
function submissionTime(rng: Rng, ent: EnterpriseRef, type: RequestType, now: Date): Date {
  const earliest = Math.max(now.getTime() - WEEKS * 7 * DAY, ent.createdAt.getTime() + HOUR);
  for (;;) {
    const day = shanghaiMidnight(new Date(earliest + rng.next() * (now.getTime() - earliest)));
    const hour = type === "SUPPLY_CHAIN_HANDOFF" ? rng.int(6, 22) : rng.int(8, 18);
    const at = addMs(day, hour * HOUR + rng.int(0, 59) * MIN);
    const weekday = new Date(at.getTime() + 8 * HOUR).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rng.chance(type === "SUPPLY_CHAIN_HANDOFF" ? 0.4 : 0.75)) continue;
    if (at.getTime() > earliest && at.getTime() < now.getTime() - 10 * MIN && shanghaiHour(at) === hour) return at;
  }
}
