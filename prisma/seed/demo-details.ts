// The type-specific `details` of generated requests, in the field names the request types validate.
import { GENERAL_SUBJECTS, GOODS, HANDOFF_POINTS, PASSPORT_DESTINATIONS } from "./demo-content";
import { GIVEN_NAMES, ID_AREAS, SURNAMES, type EnterpriseDef, type Foreigner } from "./demo-data";
import { makeMobile, makePassport, makePlate, makeResidentId } from "./ids";
import type { Rng } from "./random";
import { addMs, DAY, HOUR, shanghaiDay, shanghaiIso, shanghaiMidnight } from "./time";

export type RequestType = "SUPPLY_CHAIN_HANDOFF" | "VISA_EXTENSION" | "PASSPORT_EXPEDITE" | "GENERAL";
export type Drafted = { details: Record<string, unknown>; arrivalTo?: Date };
export type ForeignEmployee = Foreigner & { passportNumber: string };

export function supplyDetails(rng: Rng, ent: EnterpriseDef, submittedAt: Date, pin: Partial<{ item: number; origin: number; inHours: number }> = {}): Drafted {
  const profile = GOODS[ent.goods];
  const item = profile.items[pin.item ?? rng.int(0, profile.items.length - 1)];
  const origin = profile.origins[pin.origin ?? rng.int(0, profile.origins.length - 1)];
  const inHours = pin.inHours ?? (rng.chance(0.85) ? rng.int(4, 20) : rng.int(25, 40));
  // Arrival windows start on the half hour, as people book them.
  const from = new Date(Math.round(addMs(submittedAt, inHours * HOUR).getTime() / (30 * 60_000)) * 30 * 60_000);
  const to = addMs(from, rng.int(2, 4) * HOUR);
  const quantity = rng.int(item.min, item.max);
  const details = {
    goods: item.goods,
    quantity,
    quantityUnit: item.unit,
    originProvince: origin.province,
    originCity: origin.city,
    supplierName: origin.supplier,
    supplierContact: makeMobile(rng),
    carrierPlate: makePlate(rng, origin.platePrefix),
    driverPhone: makeMobile(rng),
    handoffPoint: rng.pick(HANDOFF_POINTS[ent.township]),
    arrivalFrom: shanghaiIso(from),
    arrivalTo: shanghaiIso(to),
    disinfection: rng.chance(0.85),
    receivingPlate: makePlate(rng, "浙G"),
    destination: ent.address,
  };
  return { details, arrivalTo: to };
}

const VISA_REASONS: Record<string, string> = {
  EXTEND: "静默期间外国人业务暂停办理，员工签证即将到期，需延期以继续在企业工作。",
  RENEW: "员工工作类居留许可到期，企业继续聘用，申请换发。",
  REPLACE: "员工护照已换新，需将有效签证转入新护照。",
};

export function visaDetails(rng: Rng, employee: ForeignEmployee, submittedAt: Date, pin: Partial<{ expiresInDays: number; action: string }> = {}): Drafted {
  const expiresIn = pin.expiresInDays ?? (rng.chance(0.35) ? rng.int(1, 7) : rng.int(8, 45));
  const expiryDate = shanghaiDay(addMs(shanghaiMidnight(submittedAt), expiresIn * DAY + 12 * HOUR));
  const action = pin.action ?? rng.weighted({ EXTEND: 6, RENEW: 3, REPLACE: 1 });
  const details = {
    employeeName: employee.name,
    nationality: employee.nationality,
    passportNumber: employee.passportNumber,
    visaType: rng.weighted({ Z: 7, M: 2, S: 1 }),
    expiryDate,
    action,
    reason: VISA_REASONS[action],
  };
  return { details };
}

export type Traveller = { name: string; residentId: string };

export function makeTraveller(rng: Rng, now: Date): Traveller {
  const male = rng.chance(0.55);
  return { name: rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES), residentId: makeResidentId(rng, rng.pick(ID_AREAS), now, male) };
}

export function passportDetails(
  rng: Rng,
  traveller: Traveller,
  submittedAt: Date,
  pin: Partial<{ destination: string; departsInDays: number; purpose: string }> = {},
): Drafted {
  const departsIn = pin.departsInDays ?? rng.int(5, 30);
  const departureDate = shanghaiDay(addMs(shanghaiMidnight(submittedAt), departsIn * DAY + 12 * HOUR));
  const details = {
    employeeName: traveller.name,
    residentId: traveller.residentId,
    destinationCountry: pin.destination ?? rng.pick(PASSPORT_DESTINATIONS),
    purpose: pin.purpose ?? rng.weighted({ TRADE_FAIR: 5, PROCUREMENT: 2, BUSINESS: 3, OTHER: 1 }),
    departureDate,
  };
  return { details };
}

export function generalDetails(rng: Rng, pin?: number): Drafted & { resolution: string } {
  const s = GENERAL_SUBJECTS[pin ?? rng.int(0, GENERAL_SUBJECTS.length - 1)];
  return { details: { subject: s.subject, description: s.description }, resolution: s.resolution };
}

export function foreignEmployees(rng: Rng, ent: EnterpriseDef): ForeignEmployee[] {
  return ent.foreigners.map((f) => ({ ...f, passportNumber: makePassport(rng, f.passportPattern) }));
}
