// Every stats figure against a hand-built set of 22 cases whose instants are all known, each expected
// value worked out by hand in the comments next to it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/types";
import { defaultCalendar } from "@/lib/sla/calendar-data";
import { computeDue } from "@/lib/sla/working-time";
import { loadStats, type StatsReport } from "@/lib/stats/report";
import { queuePage } from "@/lib/cases/queue";
import { parseQueueFilters } from "@/lib/cases/queue-filters";
import { withdrawals } from "@/lib/stats/withdrawals";
import { toCsv } from "@/lib/stats/csv";
import { parseCsv } from "@/tests/fixtures/csv";
import { statsTables, type Words } from "@/lib/stats/tables";
import { db } from "@/lib/db";
import { resetDb, testDb } from "./db";
import { makeBureau, makeEnterprise, makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";
import { hours, makeCase, sh, type CaseSpec } from "../fixtures/stats";

const cal = defaultCalendar();
const wd = (n: number) => ({ amount: n, unit: "workingDays" as const });
// The period: Monday 21 Sep – Sunday 11 Oct 2026, across Mid-Autumn (25–27 Sep) and National Day (1–7 Oct).
const PERIOD = { kind: "range", from: "2026-09-21", to: "2026-10-11" };
const NOW = sh("2026-10-14 10:00");

let lead: Principal, admin: Principal, officer: Principal, enterpriseUser: Principal;
let u1Code: string, u2Code: string;
let ids: { o1a: string; o1b: string; lead: string };
let leadReport: StatsReport, adminReport: StatsReport;

beforeAll(async () => {
  const tdb = testDb();
  await resetDb(tdb);
  const { township: t1, unit: u1 } = await makeTownshipUnit(tdb);
  const { township: t2, unit: u2 } = await makeTownshipUnit(tdb);
  const x = await makeBureau(tdb);
  u1Code = u1.code;
  u2Code = u2.code;
  const e1 = await makeEnterprise(tdb, t1.id);
  const e2 = await makeEnterprise(tdb, t2.id);
  const staff1 = await makeUser(tdb, "ENTERPRISE", { enterpriseId: e1.id });
  const staff2 = await makeUser(tdb, "ENTERPRISE", { enterpriseId: e2.id });
  const l1 = await makeUser(tdb, "LEAD", { unitId: u1.id });
  const o1a = await makeUser(tdb, "OFFICER", { unitId: u1.id });
  const o1b = await makeUser(tdb, "OFFICER", { unitId: u1.id });
  const o2 = await makeUser(tdb, "OFFICER", { unitId: u2.id });
  const ad = await makeUser(tdb, "ADMIN");
  ids = { o1a: o1a.id, o1b: o1b.id, lead: l1.id };
  [lead, admin, officer, enterpriseUser] = await Promise.all([
    principalOf(tdb, l1.id),
    principalOf(tdb, ad.id),
    principalOf(tdb, o1a.id),
    principalOf(tdb, staff1.id),
  ]);

  const inU1 = { unitId: u1.id, townshipId: t1.id, enterpriseId: e1.id, createdById: staff1.id };
  const inU2 = { unitId: u2.id, townshipId: t2.id, enterpriseId: e2.id, createdById: staff2.id };
  const inX = { unitId: x.id, townshipId: t1.id, enterpriseId: e1.id, createdById: staff1.id };
  const SUPPLY = "SUPPLY_CHAIN_HANDOFF";
  const GENERAL = "GENERAL";
  const cases: CaseSpec[] = [
    // c1: handoff answered in 30 min, resolved in 11 h, on time, closed, rated 5.
    {
      ...inU1,
      type: SUPPLY,
      status: "CLOSED",
      submittedAt: sh("2026-09-21 09:00"),
      dueAt: sh("2026-09-22 09:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-09-21 09:30"),
      firstResolvedAt: sh("2026-09-21 20:00"),
      resolvedAt: sh("2026-09-21 20:00"),
      closedAt: sh("2026-09-23 10:00"),
      rating: { score: 5, at: sh("2026-09-23 11:00") },
    },
    // c2: 4 h waiting on a question; resolved at exactly its (pause-extended) due time: 28 h − 4 h = 24 h, on time.
    {
      ...inU1,
      type: SUPPLY,
      status: "RESOLVED",
      submittedAt: sh("2026-09-22 08:00"),
      dueAt: sh("2026-09-23 12:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-09-22 09:00"),
      firstResolvedAt: sh("2026-09-23 12:00"),
      resolvedAt: sh("2026-09-23 12:00"),
      pauses: [{ reason: "QUESTION", startedAt: sh("2026-09-22 10:00"), endedAt: sh("2026-09-22 14:00") }],
    },
    // c3: reopened. First resolved after 8 h less a 2 h pause = 6 h; the 3 h pause after the reopen does not count.
    {
      ...inU1,
      type: GENERAL,
      status: "CLOSED",
      submittedAt: sh("2026-09-24 09:00"),
      dueAt: computeDue(sh("2026-09-24 09:00"), wd(7), cal, hours(5)),
      assigneeId: o1b.id,
      firstResponseAt: sh("2026-09-24 10:00"),
      firstResolvedAt: sh("2026-09-24 17:00"),
      resolvedAt: sh("2026-09-29 15:00"),
      closedAt: sh("2026-09-30 09:00"),
      reopenCount: 1,
      rating: { score: 3, at: sh("2026-09-30 10:00") },
      pauses: [
        { reason: "AWAITING_DOCUMENTS", startedAt: sh("2026-09-24 11:00"), endedAt: sh("2026-09-24 13:00") },
        { reason: "QUESTION", startedAt: sh("2026-09-28 09:00"), endedAt: sh("2026-09-28 12:00") },
      ],
    },
    // c4: across both holidays: 7 working days from Mon 21 Sep 10:00 fall due Thu 8 Oct 10:00; resolved 16:00 → late (414 h).
    {
      ...inU1,
      type: GENERAL,
      status: "CLOSED",
      submittedAt: sh("2026-09-21 10:00"),
      dueAt: computeDue(sh("2026-09-21 10:00"), wd(7), cal),
      assigneeId: o1b.id,
      firstResponseAt: sh("2026-09-22 15:00"),
      firstResolvedAt: sh("2026-10-08 16:00"),
      resolvedAt: sh("2026-10-08 16:00"),
      closedAt: sh("2026-10-09 10:00"),
      rating: { score: 2, at: sh("2026-10-09 11:00") },
    },
    // c5 (bureau X): visa case across National Day: 5 working days from Mon 28 Sep → Sat 10 Oct (调休 workday) 10:00;
    // resolved Fri 9 Oct 11:00, eleven calendar days later, yet on time (265 h).
    {
      ...inX,
      type: "VISA_EXTENSION",
      status: "CLOSED",
      submittedAt: sh("2026-09-28 10:00"),
      dueAt: computeDue(sh("2026-09-28 10:00"), wd(5), cal),
      firstResponseAt: sh("2026-09-29 09:00"),
      firstResolvedAt: sh("2026-10-09 11:00"),
      resolvedAt: sh("2026-10-09 11:00"),
      closedAt: sh("2026-10-10 12:00"),
      rating: { score: 4, at: sh("2026-10-10 13:00") },
    },
    // c6: 217 h on the clock less 6 h unreachable = 211 h; due moved to 15 Oct 15:00 → on time.
    {
      ...inU1,
      type: GENERAL,
      status: "RESOLVED",
      submittedAt: sh("2026-09-30 09:00"),
      dueAt: computeDue(sh("2026-09-30 09:00"), wd(7), cal, hours(6)),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-09-30 11:00"),
      firstResolvedAt: sh("2026-10-09 10:00"),
      resolvedAt: sh("2026-10-09 10:00"),
      pauses: [{ reason: "ENTERPRISE_UNREACHABLE", startedAt: sh("2026-10-08 09:00"), endedAt: sh("2026-10-08 15:00") }],
    },
    // c7: withdrawn after acceptance: counts as accepted (and unsolved); the reason would start a formula in a spreadsheet.
    {
      ...inU1,
      type: SUPPLY,
      status: "WITHDRAWN",
      submittedAt: sh("2026-10-05 08:00"),
      dueAt: sh("2026-10-06 08:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-10-05 08:30"),
      withdrawn: { at: sh("2026-10-05 12:00"), from: "ACCEPTED", reason: "=货已自行解决" },
    },
    // c8: withdrawn before anyone accepted it: not accepted.
    {
      ...inU1,
      type: GENERAL,
      status: "WITHDRAWN",
      submittedAt: sh("2026-10-06 09:00"),
      dueAt: sh("2026-10-15 09:00"),
      withdrawn: { at: sh("2026-10-06 10:00"), from: "SUBMITTED", reason: "提交错了" },
    },
    // c22: a public reply while still SUBMITTED, then withdrawn: responded to, yet never accepted (read from the timeline).
    {
      ...inU1,
      type: GENERAL,
      status: "WITHDRAWN",
      submittedAt: sh("2026-10-07 14:00"),
      dueAt: sh("2026-10-16 14:00"),
      firstResponseAt: sh("2026-10-07 15:00"),
      withdrawn: { at: sh("2026-10-07 16:00"), from: "SUBMITTED", reason: "已电话沟通" },
    },
    // c9: rejected (不予受理): not accepted.
    { ...inU1, type: GENERAL, status: "REJECTED", submittedAt: sh("2026-10-07 09:00"), dueAt: sh("2026-10-16 09:00"), firstResponseAt: sh("2026-10-07 11:00") },
    // c10: after the period; open, 14 h old, not yet due.
    {
      ...inU1,
      type: SUPPLY,
      status: "IN_PROGRESS",
      submittedAt: sh("2026-10-13 20:00"),
      dueAt: sh("2026-10-14 20:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-10-13 20:30"),
    },
    // c11: accepted, 15 days old, overdue.
    {
      ...inU1,
      type: GENERAL,
      status: "ACCEPTED",
      submittedAt: sh("2026-09-29 10:00"),
      dueAt: sh("2026-10-13 10:00"),
      assigneeId: o1b.id,
      firstResponseAt: sh("2026-09-29 15:00"),
    },
    // c12: waiting on the enterprise since before its due time: past due on paper, but paused, so not overdue.
    {
      ...inU1,
      type: GENERAL,
      status: "NEEDS_INFO",
      submittedAt: sh("2026-10-09 09:00"),
      dueAt: sh("2026-10-12 09:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-10-09 10:00"),
      pauses: [{ reason: "QUESTION", startedAt: sh("2026-10-09 11:00") }],
    },
    // c13: from before the period, already overdue when it was paused: overdue.
    {
      ...inU1,
      type: GENERAL,
      status: "NEEDS_INFO",
      submittedAt: sh("2026-09-14 09:00"),
      dueAt: sh("2026-09-23 09:00"),
      assigneeId: o1b.id,
      firstResponseAt: sh("2026-09-14 10:00"),
      pauses: [{ reason: "AWAITING_DOCUMENTS", startedAt: sh("2026-10-10 10:00") }],
    },
    // c14: after the period, unassigned, untouched, overdue.
    { ...inU1, type: SUPPLY, status: "SUBMITTED", submittedAt: sh("2026-10-12 09:00"), dueAt: sh("2026-10-13 09:00") },
    // c15: received before the period, resolved in it, late: 288 h less a 24 h pause (which began before the period) = 264 h.
    {
      ...inU1,
      type: GENERAL,
      status: "CLOSED",
      submittedAt: sh("2026-09-10 09:00"),
      dueAt: sh("2026-09-21 09:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-09-10 10:00"),
      firstResolvedAt: sh("2026-09-22 09:00"),
      resolvedAt: sh("2026-09-22 09:00"),
      closedAt: sh("2026-09-25 09:00"),
      rating: { score: 5, at: sh("2026-09-25 10:00") },
      pauses: [{ reason: "QUESTION", startedAt: sh("2026-09-11 09:00"), endedAt: sh("2026-09-12 09:00") }],
    },
    // c16: received in the period, resolved just after it: solved for 解决率, not "resolved in the period".
    {
      ...inU1,
      type: SUPPLY,
      status: "RESOLVED",
      submittedAt: sh("2026-10-11 20:00"),
      dueAt: sh("2026-10-12 20:00"),
      assigneeId: o1a.id,
      firstResponseAt: sh("2026-10-11 20:10"),
      firstResolvedAt: sh("2026-10-12 10:00"),
      resolvedAt: sh("2026-10-12 10:00"),
    },
    // c17: resolved in the period, then reopened and still open: not resolved; overdue.
    {
      ...inU1,
      type: SUPPLY,
      status: "IN_PROGRESS",
      submittedAt: sh("2026-10-03 08:00"),
      dueAt: sh("2026-10-04 08:00"),
      assigneeId: o1b.id,
      firstResponseAt: sh("2026-10-03 08:20"),
      firstResolvedAt: sh("2026-10-03 12:00"),
      reopenCount: 1,
    },
    // c18–c20: another township's team.
    {
      ...inU2,
      type: GENERAL,
      status: "CLOSED",
      submittedAt: sh("2026-09-23 09:00"),
      dueAt: sh("2026-10-01 09:00"),
      assigneeId: o2.id,
      firstResponseAt: sh("2026-09-23 09:30"),
      firstResolvedAt: sh("2026-09-24 17:00"),
      resolvedAt: sh("2026-09-24 17:00"),
      closedAt: sh("2026-09-26 09:00"),
      rating: { score: 1, at: sh("2026-09-26 10:00") },
    },
    {
      ...inU2,
      type: SUPPLY,
      status: "IN_PROGRESS",
      submittedAt: sh("2026-10-10 09:00"),
      dueAt: sh("2026-10-11 09:00"),
      assigneeId: o2.id,
      firstResponseAt: sh("2026-10-10 09:30"),
    },
    {
      ...inU2,
      type: GENERAL,
      status: "WITHDRAWN",
      submittedAt: sh("2026-10-08 09:00"),
      dueAt: sh("2026-10-19 09:00"),
      assigneeId: o2.id,
      firstResponseAt: sh("2026-10-08 10:00"),
      withdrawn: { at: sh("2026-10-08 16:00"), from: "IN_PROGRESS", reason: "企业已自行解决" },
    },
    // c21 (bureau X): after the period, open, not due yet.
    { ...inX, type: "PASSPORT_EXPEDITE", status: "SUBMITTED", submittedAt: sh("2026-10-12 10:00"), dueAt: sh("2026-10-15 10:00") },
  ];
  for (const c of cases) await makeCase(tdb, c);

  [leadReport, adminReport] = await Promise.all([loadStats(lead, { period: PERIOD }, NOW), loadStats(admin, { period: PERIOD }, NOW)]);
});

const h = (n: number) => expect.closeTo(n, 6);

describe("a lead's stats cover their own unit", () => {
  it("received, accepted and 解决率", () => {
    // Received in the period: c1 c2 c3 c4 c6 c7 c8 c9 c11 c12 c16 c17 c22 (c10, c14 after; c13, c15 before).
    expect(leadReport.flow.received).toBe(13);
    // Accepted: all but c8 and c22 (withdrawn before acceptance) and c9 (rejected).
    expect(leadReport.flow.accepted).toBe(10);
    // Solved now among them: c1 c2 c3 c4 c6 c16.
    expect(leadReport.flow.acceptedSolved).toBe(6);
    expect(leadReport.flow.resolutionRate).toBe(0.6);
  });

  it("resolved in the period, 按时办结率 and reopened share", () => {
    // Resolved in the period: c1 c2 c3 (latest resolution 29 Sep) c4 c6 c15; not c16 (after), not c17 (reopened).
    expect(leadReport.flow.resolved).toBe(6);
    // On time: c1 c2 (exactly at due) c3 c6; late: c4 (across the holidays) c15.
    expect(leadReport.flow.onTime).toBe(4);
    expect(leadReport.flow.onTimeRate).toBeCloseTo(4 / 6, 10);
    expect(leadReport.flow.reopened).toBe(1);
    expect(leadReport.flow.reopenedShare).toBeCloseTo(1 / 6, 10);
  });

  it("median and 90th percentile hours, paused time excluded", () => {
    // Resolution hours sorted: 6 (c3) 11 (c1) 24 (c2) 211 (c6) 264 (c15) 414 (c4).
    // Median: between the 3rd and 4th = (24 + 211) / 2; p90 at rank 0.9 × 5 = 4.5: 264 + 0.5 × (414 − 264).
    expect(leadReport.flow.resolution).toEqual({ median: h(117.5), p90: h(339) });
    // First response hours of the 12 received cases that had one:
    // 1/6 (c16) 1/3 (c17) 0.5 (c1) 0.5 (c7) 1 (c2) 1 (c3) 1 (c12) 1 (c22) 2 (c6) 2 (c9) 5 (c11) 29 (c4)
    // → median between the 6th and 7th (both 1); p90 at rank 0.9 × 11 = 9.9: 2 + 0.9 × (5 − 2).
    expect(leadReport.flow.firstResponse).toEqual({ median: h(1), p90: h(4.7) });
  });

  it("backlog now, by status, age and type, and overdue now", () => {
    // Open: c10 c11 c12 c13 c14 c17. Overdue: c11 c13 (paused after due) c14 c17 — not c10 (not due), not c12 (paused before due).
    expect(leadReport.backlog).toMatchObject({ open: 6, overdue: 4 });
    expect(leadReport.backlog.byStatus).toEqual({ SUBMITTED: 1, ACCEPTED: 1, IN_PROGRESS: 2, NEEDS_INFO: 2 });
    // Ages at 14 Oct 10:00: c10 14 h; c14 2 d 1 h; c12 5 d 1 h; c11 15 d, c13 30 d, c17 11 d.
    expect(leadReport.backlog.byAge).toEqual({ lt1d: 1, d1to3: 1, d3to7: 1, gt7d: 3 });
    expect(leadReport.backlog.byType).toEqual([
      { type: "GENERAL", open: 3, overdue: 2 },
      { type: "SUPPLY_CHAIN_HANDOFF", open: 3, overdue: 2 },
    ]);
  });

  it("time paused by reason, for pauses that began in the period", () => {
    // QUESTION: c2 4 h + c3 3 h + c12 still open since 9 Oct 11:00 = 119 h → 126 h over 3 pauses.
    // AWAITING_DOCUMENTS: c3 2 h + c13 still open since 10 Oct 10:00 = 96 h → 98 h over 2. c15's pause began before the period.
    expect(leadReport.pauses).toEqual([
      { reason: "QUESTION", count: 3, stillOpen: 1, hours: h(126), averageHours: h(42) },
      { reason: "AWAITING_DOCUMENTS", count: 2, stillOpen: 1, hours: h(98), averageHours: h(49) },
      { reason: "ENTERPRISE_UNREACHABLE", count: 1, stillOpen: 0, hours: h(6), averageHours: h(6) },
    ]);
  });

  it("满意率 and average score over the ratings given in the period", () => {
    // c1 5, c15 5, c3 3, c4 2.
    expect(leadReport.satisfaction).toEqual({ ratings: 4, satisfied: 2, rate: 0.5, average: 3.75 });
  });

  it("withdrawals to review, newest first, with where they were withdrawn from", () => {
    expect(leadReport.withdrawals.total).toBe(3);
    expect(leadReport.withdrawals.rows.map((w) => [w.fromStatus, w.reason])).toEqual([
      ["SUBMITTED", "已电话沟通"],
      ["SUBMITTED", "提交错了"],
      ["ACCEPTED", "=货已自行解决"],
    ]);
  });

  it("weekly trend in Shanghai weeks starting Monday, adding up to the period's figures", () => {
    // Received: week of 21 Sep c1 c2 c3 c4; 28 Sep c11 c6 c17 (Sat 3 Oct); 5 Oct c7 c8 c9 c22 c12 c16 (Sun 11 Oct 20:00).
    // Resolved: 21 Sep c1 c15 c2; 28 Sep c3; 5 Oct c4 c6.
    expect(leadReport.trend).toEqual([
      { week: "2026-09-21", received: 4, resolved: 3 },
      { week: "2026-09-28", received: 3, resolved: 1 },
      { week: "2026-10-05", received: 6, resolved: 2 },
    ]);
  });

  it("per-officer workload, with the unassigned queue last", () => {
    const byId = new Map(leadReport.workload!.map((w) => [w.id, w]));
    // o1b: c11 c13 c17 open, all overdue, c13 waiting; resolved c3 (on time) c4 (late).
    expect(byId.get(ids.o1b)).toMatchObject({ open: 3, overdue: 3, waiting: 1, resolved: 2, onTime: 1 });
    // o1a: c10 c12 open, none overdue, c12 waiting; resolved c1 c2 c6 (on time) c15 (late).
    expect(byId.get(ids.o1a)).toMatchObject({ open: 2, overdue: 0, waiting: 1, resolved: 4, onTime: 3 });
    expect(byId.get(ids.lead)).toMatchObject({ open: 0, overdue: 0, resolved: 0 });
    expect(leadReport.workload!.at(-1)).toMatchObject({ id: null, open: 1, overdue: 1, resolved: 0 });
    expect(leadReport.workload).toHaveLength(4);
  });

  it("filters by type", async () => {
    const r = await loadStats(lead, { period: PERIOD, type: "GENERAL" }, NOW);
    // Received GENERAL: c3 c4 c6 c8 c9 c11 c12 c22; resolved GENERAL: c3 c4 c6 c15.
    expect(r.flow).toMatchObject({ received: 8, resolved: 4 });
  });

  it("overdue now is the queue's overdue tab: a late case still counts while it waits on the enterprise", async () => {
    const { counts } = await queuePage(lead, parseQueueFilters({ tab: "overdue" }), NOW);
    expect(counts.overdue).toBe(leadReport.backlog.overdue);
    const city = await queuePage(admin, parseQueueFilters({ tab: "overdue" }), NOW);
    expect(city.counts.overdue).toBe(adminReport.backlog.overdue);
  });

  it("ignores another unit in the address: the server fixes the lead's unit", async () => {
    const r = await loadStats(lead, { period: PERIOD, unit: u2Code }, NOW);
    expect(r.scope.unit?.code).toBe(u1Code);
    expect(r.flow).toEqual(leadReport.flow);
    expect(r.byUnit).toBeNull();
  });
});

describe("an admin's stats cover the city, with units and townships side by side", () => {
  it("city-wide flow figures", () => {
    // Adds c5 (bureau, on time, 265 h), c18 (on time, 32 h), c19 (open), c20 (withdrawn after acceptance); c21 is after the period.
    expect(adminReport.flow).toMatchObject({ received: 17, accepted: 14, acceptedSolved: 8, resolved: 8, onTime: 6, reopened: 1 });
    expect(adminReport.flow.resolutionRate).toBeCloseTo(8 / 14, 10);
    expect(adminReport.flow.onTimeRate).toBe(0.75);
    // 6 11 24 32 211 264 265 414: median (32 + 211) / 2; p90 at rank 6.3: 265 + 0.3 × 149.
    expect(adminReport.flow.resolution).toEqual({ median: h(121.5), p90: h(309.7) });
    // 16 first responses: 1/6 1/3 0.5×4 1×5 2 2 5 23 29 → median between the 8th and 9th (both 1);
    // p90 at rank 0.9 × 15 = 13.5: 5 + 0.5 × (23 − 5).
    expect(adminReport.flow.firstResponse).toEqual({ median: h(1), p90: h(14) });
  });

  it("per unit and per township", () => {
    const unit = new Map(adminReport.byUnit!.map((u) => [adminReport.options.units.find((o) => o.id === u.key)?.code, u]));
    expect(unit.get(u1Code)).toMatchObject({ received: 13, resolved: 6, onTime: 4, acceptedSolved: 6, accepted: 10 });
    expect(unit.get(u2Code)).toMatchObject({ received: 3, accepted: 3, acceptedSolved: 1, resolved: 1, onTime: 1 });
    expect(adminReport.byUnit).toHaveLength(3);
    const township = new Map(adminReport.byTownship!.map((t) => [adminReport.options.townships.find((o) => o.id === t.key)?.code, t]));
    // Township of u1 also holds the bureau's visa case c5.
    expect(township.get(u1Code)).toMatchObject({ received: 14, resolved: 7, onTime: 5 });
    expect(township.get(u2Code)).toMatchObject({ received: 3, resolved: 1, onTime: 1 });
  });

  it("backlog, satisfaction and withdrawals city-wide", () => {
    // Plus c19 (overdue, 4 d old) and c21 (not due, 2 d old).
    expect(adminReport.backlog).toMatchObject({ open: 8, overdue: 5 });
    expect(adminReport.backlog.byAge).toEqual({ lt1d: 1, d1to3: 2, d3to7: 2, gt7d: 3 });
    expect(adminReport.backlog.byUnit.get(adminReport.options.units.find((u) => u.code === u2Code)!.id)).toEqual({ open: 1, overdue: 1 });
    // Plus c5 4 and c18 1: 5 5 4 3 2 1.
    expect(adminReport.satisfaction.ratings).toBe(6);
    expect(adminReport.satisfaction.satisfied).toBe(3);
    expect(adminReport.satisfaction.average).toBeCloseTo(20 / 6, 10);
    expect(adminReport.withdrawals.total).toBe(4);
    // Only the first unit's cases were ever paused, so the city's pauses are exactly the lead's.
    expect(adminReport.pauses).toEqual(leadReport.pauses);
    expect(adminReport.workload).toBeNull();
  });

  it("can narrow to one unit, which brings the per-officer table", async () => {
    const r = await loadStats(admin, { period: PERIOD, unit: u1Code }, NOW);
    expect(r.flow).toEqual(leadReport.flow);
    expect(r.workload).toHaveLength(4);
  });
});

describe("who may see stats", () => {
  it("an officer and an enterprise user get not-found", async () => {
    await expect(loadStats(officer, { period: PERIOD }, NOW)).rejects.toThrow("not found");
    await expect(loadStats(enterpriseUser, { period: PERIOD }, NOW)).rejects.toThrow("not found");
  });
});

describe("the CSV of a table", () => {
  it("holds the page's cells, with a withdrawal reason that would run as a formula neutralised", () => {
    const words: Words = { t: (key) => key, typeLabel: (type) => type, statusLabel: (status) => status, pauseReason: (reason) => reason, locale: "zh-CN" };
    const table = statsTables(leadReport, words).find((x) => x.key === "withdrawals")!;
    const rows = parseCsv(toCsv(table.header, table.rows));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[5])).toEqual(["columns.withdrawReason", "已电话沟通", "提交错了", "'=货已自行解决"]);
    const summary = statsTables(leadReport, words).find((x) => x.key === "summary")!;
    // A rate is a number of percent, labelled as such: a spreadsheet can add it up.
    expect(summary.rows.find((r) => r[0] === "columns.inPercent")?.[1]).toBe(60);
    expect(parseCsv(toCsv(summary.header, summary.rows)).find((r) => r[0] === "columns.inPercent")?.[1]).toBe("60");
    expect(summary.rows.find((r) => r[0] === "figures.resolved")?.[1]).toBe(6);
  });
});

describe("withdrawals page by keyset", () => {
  it("walks newest to oldest one at a time, then stops", async () => {
    const scope = adminReport.scope.scope;
    const period = adminReport.period;
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await withdrawals(db, scope, period, after, 1);
      seen.push(...page.rows.map((r) => r.reason ?? ""));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(["企业已自行解决", "已电话沟通", "提交错了", "=货已自行解决"]);
  });
});
