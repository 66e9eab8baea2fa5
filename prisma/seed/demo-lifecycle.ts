// Plays one request through the workflow up to `now`, writing the rows a real run would have left behind.
import type { RequestStatus } from "@/generated/prisma/enums";
import type { CalendarDays } from "@/lib/sla/calendar-data";
import { isWorkingDay } from "@/lib/sla/working-time";
import { REJECT_REASONS, REOPEN_REASONS, TEXTS, WITHDRAW_REASONS, RATING_COMMENTS } from "./demo-content";
import type { Ev, Plan, Rows, SimState } from "./demo-plan";
import { settle } from "./demo-settle";
import type { Rng } from "./random";
import { addMs, DAY, HOUR, MIN, shanghaiDay, shanghaiHour, shanghaiMidnight } from "./time";

export class RequestSim {
  private t: Date;
  private readonly s: SimState = {
    status: "SUBMITTED",
    events: [],
    assigneeId: null,
    assignedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    firstResolvedAt: null,
    closedAt: null,
    endedAt: null,
    withdrawReason: null,
    pauseSpans: [],
    openPause: null,
    reopenCount: 0,
  };
  private readonly texts;

  constructor(
    private readonly p: Plan,
    private readonly rng: Rng,
    private readonly newId: () => string,
    private readonly cutoff: Date,
    private readonly cal: CalendarDays,
    private readonly rows: Rows,
  ) {
    this.t = p.submittedAt;
    this.texts = TEXTS[p.type];
  }

  /** Moves the clock on; false when that would pass `now`, which ends the story of this request there. */
  private step(ms: number, snap = true): boolean {
    let next = addMs(this.t, Math.max(MIN, ms * (this.p.pace ?? 1)));
    // Story cases (paced) must reach their status whatever the hour of `now`, so only the rest keep office hours.
    if (snap && this.p.pace === undefined) next = this.officeHours(next);
    if (next >= this.cutoff) return false;
    this.t = next;
    return true;
  }

  /** People act 08:00–18:00 on working days; goods on the road are handled 06:00–23:00 every day. */
  private officeHours(at: Date): Date {
    const supply = this.p.type === "SUPPLY_CHAIN_HANDOFF";
    const [open, close] = supply ? [6, 23] : [8, 18];
    const ok = (d: Date) => supply || isWorkingDay(shanghaiDay(d), this.cal);
    const hour = shanghaiHour(at);
    if (ok(at) && hour >= open && hour < close) return at;
    let day = shanghaiMidnight(at);
    if (hour >= close || !ok(at)) day = addMs(day, DAY);
    while (!ok(day)) day = addMs(day, DAY);
    return addMs(day, open * HOUR + this.between(5 * MIN, 100 * MIN));
  }

  private between(minMs: number, maxMs: number): number {
    return minMs + this.rng.next() * (maxMs - minMs);
  }

  private event(kind: string, actorId: string | null, e: Partial<Ev> = {}) {
    this.s.events.push({ kind, actorId, createdAt: this.t, visibility: "PUBLIC", ...e });
  }

  private move(to: RequestStatus, action: string, actorId: string | null, text?: string, data: Record<string, unknown> = {}) {
    this.event("STATUS", actorId, { fromStatus: this.s.status, toStatus: to, text, data: { action, ...data } });
    this.s.status = to;
  }

  private reply(authorId: string, body: string, visibility: "PUBLIC" | "INTERNAL") {
    const id = this.newId();
    this.rows.replies.push({ id, requestId: this.p.id, authorId, body, visibility, createdAt: this.t });
    this.event(visibility === "PUBLIC" ? "REPLY" : "NOTE", authorId, { text: body, visibility, data: { replyId: id } });
  }

  /** Lines that speak of the whitelist only fit whitelisted enterprises. */
  private pick(items: string[]): string {
    const fitting = items.filter((t) => this.p.whitelisted || !t.includes("白名单"));
    return this.rng.pick(fitting.length ? fitting : items);
  }

  private respondDelay(): number {
    const supply = this.p.type === "SUPPLY_CHAIN_HANDOFF";
    if (this.p.late && this.rng.chance(0.5)) return supply ? this.between(2 * HOUR, 5 * HOUR) : this.between(26 * HOUR, 60 * HOUR);
    return supply ? this.between(5 * MIN, 90 * MIN) : this.between(40 * MIN, 20 * HOUR);
  }

  private workDelay(): number {
    return this.p.type === "SUPPLY_CHAIN_HANDOFF" ? this.between(10 * MIN, 60 * MIN) : this.between(1 * HOUR, 24 * HOUR);
  }

  run(): void {
    const p = this.p;
    this.event("CREATED", p.creatorId, { toStatus: "SUBMITTED" });
    if (p.liaisonId && p.unit.officerIds.concat(p.unit.leadIds).includes(p.liaisonId)) {
      // Routing hands the case to the enterprise's liaison officer at once.
      this.assign(p.liaisonId, null, true);
    }
    this.play();
    settle(this.p, this.s, this.rng, this.cutoff, this.rows);
  }

  private assign(assigneeId: string, by: string | null, auto = false) {
    this.s.assigneeId = assigneeId;
    this.s.assignedAt ??= this.t;
    this.event("ASSIGNED", by, { visibility: "INTERNAL", data: auto ? { assigneeId, auto: true } : { assigneeId } });
  }

  private play(): void {
    const p = this.p;
    if (p.outcome === "stall" && p.at === "SUBMITTED") return;
    if (!this.step(this.respondDelay())) return;
    this.s.firstResponseAt = this.t;
    if (p.outcome === "reject") {
      this.s.assigneeId ??= this.rng.pick(p.unit.officerIds);
      this.s.assignedAt ??= this.t;
      this.move("REJECTED", "reject", this.s.assigneeId, this.pick(REJECT_REASONS[p.type]));
      this.s.endedAt = this.t;
      return;
    }
    if (!this.s.assigneeId && p.unit.leadIds.length && this.rng.chance(0.35)) {
      const lead = this.rng.pick(p.unit.leadIds);
      const officer = this.rng.pick(p.unit.officerIds);
      this.move("ACCEPTED", "assign", lead, undefined, { assigneeId: officer });
      this.assign(officer, lead);
    } else {
      if (!this.s.assigneeId) {
        this.s.assigneeId = this.rng.chance(0.1) && p.unit.leadIds.length ? this.rng.pick(p.unit.leadIds) : this.rng.pick(p.unit.officerIds);
        this.s.assignedAt = this.t;
      }
      this.move("ACCEPTED", "accept", this.s.assigneeId);
    }
    const officer = this.s.assigneeId as string;
    if (this.rng.chance(0.35) && this.step(this.between(5 * MIN, 40 * MIN))) this.reply(officer, this.pick(this.texts.replies), "PUBLIC");
    if (this.stopsAt("ACCEPTED")) return;
    if (p.coHandling && !this.addCoHandling()) return;
    if (!this.step(this.workDelay())) return;
    this.move("IN_PROGRESS", "start", officer);
    if (this.rng.chance(0.5) && this.step(this.between(10 * MIN, 3 * HOUR))) this.reply(officer, this.pick(this.texts.notes), "INTERNAL");
    if (p.ask && !this.askAndAnswer(officer)) return;
    if (p.coHandling && !this.finishCoHandling()) return;
    if (this.stopsAt("IN_PROGRESS")) return;
    if (this.rng.chance(0.55) && this.step(this.between(20 * MIN, 4 * HOUR))) this.reply(officer, this.pick(this.texts.replies), "PUBLIC");
    if (!this.resolve(officer, false)) return;
    if (p.reopen) {
      if (!this.step(this.between(2 * HOUR, 2 * DAY))) return;
      this.move("IN_PROGRESS", "reopen", p.creatorId, REOPEN_REASONS[p.type]);
      this.s.reopenCount += 1;
      this.s.resolvedAt = null;
      if (this.rng.chance(0.7) && this.step(this.between(20 * MIN, 3 * HOUR))) this.reply(officer, "已收到，正在重新协调处理。", "PUBLIC");
      if (!this.resolve(officer, true)) return;
    }
    // A resolution nobody confirms closes itself after 7 days, so only a recent one stays RESOLVED.
    if (p.outcome === "stall" && p.at === "RESOLVED" && this.cutoff.getTime() - this.t.getTime() < 6 * DAY) return;
    this.close();
  }

  /** A withdrawal or a planned stall at this status ends the story; true when it did. */
  private stopsAt(status: "ACCEPTED" | "IN_PROGRESS" | "NEEDS_INFO"): boolean {
    if (this.p.at !== status) return false;
    if (this.p.outcome === "stall") return true;
    if (this.p.outcome !== "withdraw") return false;
    if (!this.step(this.between(1 * HOUR, 2 * DAY))) return true;
    this.s.withdrawReason = this.pick(WITHDRAW_REASONS[this.p.type]);
    this.move("WITHDRAWN", "withdraw", this.p.creatorId, this.s.withdrawReason);
    this.s.endedAt = this.t;
    this.endPause();
    return true;
  }

  private askAndAnswer(officer: string): boolean {
    if (!this.step(this.between(30 * MIN, 6 * HOUR))) return false;
    const question = this.pick(this.texts.questions);
    const reason = this.rng.weighted({ QUESTION: 7, AWAITING_DOCUMENTS: this.p.type === "GENERAL" ? 0 : 3, ENTERPRISE_UNREACHABLE: 1 });
    this.move("NEEDS_INFO", "ask", officer, question, { reason });
    this.s.openPause = { id: this.newId(), requestId: this.p.id, reason, note: question, startedAt: this.t };
    if (this.stopsAt("NEEDS_INFO")) return false;
    const supply = this.p.type === "SUPPLY_CHAIN_HANDOFF";
    if (!this.step(supply ? this.between(20 * MIN, 3 * HOUR) : this.between(2 * HOUR, 2 * DAY))) return false;
    this.move("IN_PROGRESS", "answer", this.p.creatorId, this.texts.answers[this.texts.questions.indexOf(question)] ?? "已补充。");
    this.endPause();
    return true;
  }

  private endPause() {
    if (!this.s.openPause) return;
    this.s.openPause.endedAt = this.t;
    this.s.pauseSpans.push({ start: this.s.openPause.startedAt as Date, end: this.t });
    this.rows.pauses.push(this.s.openPause);
    this.s.openPause = null;
  }

  private addCoHandling(): boolean {
    if (!this.step(this.between(10 * MIN, 40 * MIN))) return false;
    const lead = this.p.unit.leadIds[0];
    for (const c of this.p.coHandling ?? []) {
      this.rows.coHandlings.push({ id: this.newId(), requestId: this.p.id, unitId: c.unit.id, addedById: lead, addedAt: this.t });
      this.event("COHANDLING_ADDED", lead, { visibility: "INTERNAL", data: { unitId: c.unit.id, unitCode: c.unit.code } });
    }
    return true;
  }

  private finishCoHandling(): boolean {
    for (const c of this.p.coHandling ?? []) {
      if (!c.done) continue;
      if (!this.step(this.between(20 * MIN, 90 * MIN))) return false;
      const by = c.unit.officerIds[0];
      const row = this.rows.coHandlings.find((r) => r.requestId === this.p.id && r.unitId === c.unit.id);
      if (row) Object.assign(row, { doneAt: this.t, doneById: by, doneNote: c.note });
      this.event("COHANDLING_DONE", by, { text: c.note, visibility: "INTERNAL", data: { unitId: c.unit.id, unitCode: c.unit.code } });
    }
    return true;
  }

  private resolve(officer: string, again: boolean): boolean {
    const p = this.p;
    const due = p.due(this.s.pauseSpans).getTime();
    let at: number;
    const supply = p.type === "SUPPLY_CHAIN_HANDOFF";
    if (p.pace !== undefined) at = this.t.getTime() + this.between(1 * HOUR, 6 * HOUR) * p.pace;
    else if (again) at = this.t.getTime() + this.between(3 * HOUR, 1.5 * DAY);
    // A handoff is done when the goods have arrived.
    else if (supply && p.arrivalTo) at = p.arrivalTo.getTime() + this.between(20 * MIN, 2 * HOUR);
    else if (p.late) at = due + this.between(2 * HOUR, 3 * DAY);
    else at = this.t.getTime() + Math.max(30 * MIN, (due - this.t.getTime()) * this.between(0.15, 0.8));
    if (!this.step(Math.max(MIN, at - this.t.getTime()) / (p.pace ?? 1), !supply)) return false;
    const text = again ? "已重新协调，问题已解决。" : (p.resolution ?? this.pick(this.texts.resolutions));
    this.move("RESOLVED", "resolve", officer, text);
    this.s.resolvedAt = this.t;
    this.s.firstResolvedAt ??= this.t;
    return true;
  }

  private close(): void {
    const auto = addMs(this.s.resolvedAt as Date, 7 * DAY);
    const confirmed = !this.rng.chance(0.3) && this.step(this.between(1 * HOUR, 4 * DAY)) && this.t < auto;
    if (confirmed) this.move("CLOSED", "confirm", this.p.creatorId);
    else if (auto < this.cutoff) {
      this.t = auto;
      this.move("CLOSED", "autoClose", null);
    } else return;
    this.s.closedAt = this.t;
    this.s.endedAt = this.t;
    const late = (this.s.firstResolvedAt as Date).getTime() > this.p.due(this.s.pauseSpans).getTime();
    if (!this.p.rating && !this.rng.chance(0.8)) return;
    if (!this.step(this.between(1 * MIN, 20 * HOUR))) return;
    const score =
      this.p.rating?.score ??
      (late ? this.rng.weighted({ "5": 3, "4": 3, "3": 2, "2": 1, "1": 1 }) : this.rng.weighted({ "5": 13, "4": 5, "3": 1, "2": 0.5, "1": 0.3 }));
    const s = Number(score);
    const comment = this.p.rating?.comment ?? this.pick(RATING_COMMENTS[s]);
    this.rows.ratings.push({ id: this.newId(), requestId: this.p.id, score: s, comment: comment || null, byId: this.p.creatorId, createdAt: this.t });
    this.event("RATED", this.p.creatorId, { data: { score: s } });
  }
}
