import { residentIdCheckDigit } from "@/lib/checks/resident-id";
import { usccCheckChar } from "@/lib/checks/uscc";
import type { Rng } from "./random";

// GB 11714: the organisation code inside a USCC carries its own check digit.
function orgCodeCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const c = 11 - ([...first8].reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** A well-formed USCC of a company registered with market regulation (91…) in the given county. */
export function makeUscc(rng: Rng, areaCode = "330782"): string {
  const org = `${rng.int(1, 9)}${rng.digits(7)}`;
  const first17 = `91${areaCode}${org}${orgCodeCheck(org)}`;
  return first17 + usccCheckChar(first17);
}

/** A resident ID with a real birth date (age 22–55 at `now`) and a valid check digit. */
export function makeResidentId(rng: Rng, areaCode: string, now: Date, male: boolean): string {
  const birth = new Date(Date.UTC(now.getUTCFullYear() - rng.int(22, 55), rng.int(0, 11), rng.int(1, 28)));
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const seq = String(rng.int(0, 99) * 10 + (male ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]))).padStart(3, "0");
  const first17 = `${areaCode}${ymd}${seq}`;
  return first17 + residentIdCheckDigit(first17);
}

export function makeMobile(rng: Rng): string {
  return `1${rng.pick(["35", "36", "37", "38", "39", "50", "57", "58", "59", "87", "88", "77"])}${rng.digits(8)}`;
}

const PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

/** An ordinary plate: mostly digits, sometimes one letter, as issued. */
export function makePlate(rng: Rng, prefix: string): string {
  const serial = Array.from({ length: 5 }, (_, i) => (i === 0 && rng.chance(0.4) ? rng.pick([...PLATE_ALNUM.slice(0, 24)]) : rng.digits(1)));
  return prefix + serial.join("");
}

/** A passport number from a pattern: A = capital letter, # = digit, X = either. */
export function makePassport(rng: Rng, pattern: string): string {
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  return [...pattern]
    .map((c) => (c === "A" ? rng.pick([...letters]) : c === "#" ? rng.digits(1) : c === "X" ? rng.pick([...letters, ..."0123456789"]) : c))
    .join("");
}
