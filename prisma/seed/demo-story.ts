// Hand-written cases that tell the story of DOMAIN.md and make sure every status is on screen.
import type { Draft } from "./demo-requests";
import type { People } from "./demo-people";
import { generalDetails, passportDetails, supplyDetails, visaDetails, type Traveller } from "./demo-details";
import type { Rng } from "./random";
import { addMs, DAY, HOUR, MIN } from "./time";

export function storyDrafts(rng: Rng, people: People, travellers: Map<string, Traveller[]>, now: Date): Draft[] {
  const ent = (key: string) => people.enterpriseRefs.get(key)!;
  const powertrain = ent("powertrain");
  const tradeco = ent("tradeco");
  const plastics = ent("plastics");
  const ago = (ms: number) => addMs(now, -ms);
  const traffic = people.units.get("TRAFFIC")!;
  const health = people.units.get("HEALTH")!;
  const becker = tradeco.foreigners.find((f) => f.nationality === "DEU")!;
  const hassan = tradeco.foreigners.find((f) => f.nationality === "EGY")!;
  const weber = powertrain.foreigners[0];
  const [t1, t2, t3, t4] = travellers.get("tradeco")!;
  const engineer = travellers.get("powertrain")![0];
  const d = (ent: Draft["ent"], submittedAt: Date, rest: Omit<Draft, "ent" | "submittedAt" | "creatorId">): Draft => ({
    ent,
    submittedAt,
    creatorId: ent.staffIds[0],
    ...rest,
  });

  const s1At = ago(38 * DAY + 3 * HOUR);
  const s2At = ago(5 * HOUR);
  const s3At = ago(26 * HOUR);
  const s4At = ago(3 * DAY);
  const fairAt = ago(2 * DAY);
  const s6At = ago(70 * MIN);
  const lastFairAt = ago(40 * MIN);
  const s7At = ago(9 * DAY);
  const s8At = ago(20 * DAY);
  const s9At = ago(12 * DAY);
  const s10At = ago(20 * DAY);
  const s11At = ago(30 * DAY);
  const s12At = ago(45 * DAY);
  const general = (pin: number) => {
    const g = generalDetails(rng, pin);
    return { type: "GENERAL" as const, details: g.details, resolution: g.resolution };
  };
  return [
    // The raw materials from Jiangsu: handed over at the motorway exit after disinfection.
    d(powertrain, s1At, {
      type: "SUPPLY_CHAIN_HANDOFF",
      ...supplyDetails(rng, powertrain.def, s1At, { item: 0, origin: 0, inHours: 20 }),
      outcome: "close",
      rating: { score: 5, comment: "你们帮忙协调，我们就像吃了一颗定心丸。" },
    }),
    // Today's delivery, with the traffic police and the health bureau co-handling.
    d(powertrain, s2At, {
      type: "SUPPLY_CHAIN_HANDOFF",
      ...supplyDetails(rng, powertrain.def, s2At, { item: 1, origin: 1, inHours: 16 }),
      outcome: "stall",
      at: "IN_PROGRESS",
      pace: 0.3,
      coHandling: [
        { unit: traffic, done: true, note: "已安排警力在义乌高速口引导车辆至消杀点，接驳车辆走绿色通道。" },
        { unit: health, done: false, note: "" },
      ],
    }),
    d(tradeco, s3At, {
      type: "VISA_EXTENSION",
      ...visaDetails(rng, becker, s3At, { expiresInDays: 5, action: "EXTEND" }),
      outcome: "stall",
      at: "ACCEPTED",
      pace: 0.3,
    }),
    d(tradeco, s4At, {
      type: "VISA_EXTENSION",
      ...visaDetails(rng, hassan, s4At, { expiresInDays: 12, action: "RENEW" }),
      outcome: "stall",
      at: "NEEDS_INFO",
      ask: true,
      pace: 0.4,
    }),
    // Staff off to a trade fair in Germany.
    d(tradeco, fairAt, {
      type: "PASSPORT_EXPEDITE",
      ...passportDetails(rng, t1, fairAt, { destination: "DEU", departsInDays: 16, purpose: "TRADE_FAIR" }),
      outcome: "stall",
      at: "RESOLVED",
      pace: 0.4,
    }),
    d(tradeco, addMs(fairAt, 12 * MIN), {
      type: "PASSPORT_EXPEDITE",
      ...passportDetails(rng, t2, addMs(fairAt, 12 * MIN), { destination: "DEU", departsInDays: 16, purpose: "TRADE_FAIR" }),
      outcome: "stall",
      at: "IN_PROGRESS",
      pace: 0.4,
    }),
    d(tradeco, lastFairAt, {
      type: "PASSPORT_EXPEDITE",
      ...passportDetails(rng, t3, lastFairAt, { destination: "DEU", departsInDays: 14, purpose: "TRADE_FAIR" }),
      outcome: "stall",
      at: "SUBMITTED",
    }),
    d(powertrain, s6At, { ...general(0), outcome: "stall", at: "SUBMITTED" }),
    d(tradeco, s7At, {
      type: "PASSPORT_EXPEDITE",
      ...passportDetails(rng, t4, s7At, { destination: "ARE", departsInDays: 20, purpose: "TRADE_FAIR" }),
      outcome: "withdraw",
      at: "ACCEPTED",
    }),
    d(powertrain, s8At, {
      type: "SUPPLY_CHAIN_HANDOFF",
      ...supplyDetails(rng, powertrain.def, s8At, { item: 4, origin: 2, inHours: 10 }),
      outcome: "close",
      reopen: true,
    }),
    d(plastics, s9At, { ...general(2), outcome: "reject" }),
    // Left lying: overdue and escalated to the Fotang lead.
    d(tradeco, s10At, { ...general(1), outcome: "stall", at: "IN_PROGRESS", late: true }),
    d(powertrain, s11At, {
      type: "PASSPORT_EXPEDITE",
      ...passportDetails(rng, engineer, s11At, { destination: "DEU", departsInDays: 24, purpose: "TRADE_FAIR" }),
      outcome: "close",
      rating: { score: 5, comment: "白名单企业简化流程，三天就拿到护照了。" },
    }),
    d(powertrain, s12At, { type: "VISA_EXTENSION", ...visaDetails(rng, weber, s12At, { expiresInDays: 20, action: "RENEW" }), outcome: "close" }),
  ];
}
