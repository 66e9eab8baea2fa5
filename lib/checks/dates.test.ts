import { describe, expect, it } from "vitest";
import { daysUntil, isArrivalWindowValid, isDepartureAfterToday, isValidDay, isVisaExpiryPlausible, todayInShanghai } from "./dates";

// 10:00 on 10 March 2025 in Shanghai.
const NOW = new Date("2025-03-10T02:00:00Z");
// 00:30 on 11 March in Shanghai while UTC still reads 10 March: where a UTC day would be wrong.
const JUST_AFTER_MIDNIGHT = new Date("2025-03-10T16:30:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe("todayInShanghai", () => {
  it("gives the Shanghai calendar day, not the UTC one", () => {
    expect(todayInShanghai(NOW)).toBe("2025-03-10");
    expect(todayInShanghai(JUST_AFTER_MIDNIGHT)).toBe("2025-03-11");
    expect(todayInShanghai(new Date("2025-03-10T15:59:59Z"))).toBe("2025-03-10");
    expect(todayInShanghai(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01");
  });

  it("refuses an invalid now", () => {
    expect(() => todayInShanghai(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("isValidDay", () => {
  it("accepts real days, leap days included", () => {
    expect(isValidDay("2025-03-10")).toBe(true);
    expect(isValidDay("2024-02-29")).toBe(true);
  });

  it("rejects impossible days and other formats", () => {
    for (const d of ["2025-02-29", "2025-13-01", "2025-04-31", "2025-3-10", "20250310", "2025-03-10T00:00", ""]) {
      expect(isValidDay(d), d).toBe(false);
    }
  });
});

describe("isArrivalWindowValid", () => {
  it("accepts a window starting now or later and ending after it starts", () => {
    expect(isArrivalWindowValid(NOW, minutes(60), NOW)).toBe("ok");
    expect(isArrivalWindowValid(minutes(24 * 60), minutes(26 * 60), NOW)).toBe("ok");
  });

  it("tolerates a start up to one hour ago", () => {
    expect(isArrivalWindowValid(minutes(-60), minutes(30), NOW)).toBe("ok");
    expect(isArrivalWindowValid(minutes(-61), minutes(30), NOW)).toBe("past");
  });

  it("rejects an end that is not after the start", () => {
    expect(isArrivalWindowValid(minutes(60), minutes(60), NOW)).toBe("order");
    expect(isArrivalWindowValid(minutes(60), minutes(30), NOW)).toBe("order");
  });

  it("reports a past start before a reversed window", () => {
    expect(isArrivalWindowValid(minutes(-180), minutes(-240), NOW)).toBe("past");
  });

  it("fails closed on invalid dates", () => {
    expect(isArrivalWindowValid(new Date("x"), minutes(60), NOW)).toBe("past");
    expect(isArrivalWindowValid(NOW, new Date("x"), NOW)).toBe("order");
    expect(() => isArrivalWindowValid(NOW, minutes(60), new Date("x"))).toThrow(RangeError);
  });
});

describe("isDepartureAfterToday", () => {
  it("accepts tomorrow onwards and rejects today and earlier", () => {
    expect(isDepartureAfterToday("2025-03-11", NOW)).toBe(true);
    expect(isDepartureAfterToday("2026-01-01", NOW)).toBe(true);
    expect(isDepartureAfterToday("2025-03-10", NOW)).toBe(false);
    expect(isDepartureAfterToday("2025-03-09", NOW)).toBe(false);
  });

  it("counts from the Shanghai day", () => {
    expect(isDepartureAfterToday("2025-03-11", JUST_AFTER_MIDNIGHT)).toBe(false);
  });

  it("rejects malformed days", () => {
    expect(isDepartureAfterToday("2025-02-30", NOW)).toBe(false);
    expect(isDepartureAfterToday("tomorrow", NOW)).toBe(false);
  });
});

describe("daysUntil", () => {
  it("counts whole calendar days, negative in the past", () => {
    expect(daysUntil("2025-03-10", NOW)).toBe(0);
    expect(daysUntil("2025-03-11", NOW)).toBe(1);
    expect(daysUntil("2025-03-20", NOW)).toBe(10);
    expect(daysUntil("2025-03-03", NOW)).toBe(-7);
    expect(daysUntil("2026-03-10", NOW)).toBe(365);
  });

  it("counts from the Shanghai day, so one minute past midnight is a new day", () => {
    expect(daysUntil("2025-03-11", JUST_AFTER_MIDNIGHT)).toBe(0);
    expect(daysUntil("2025-03-11", new Date("2025-03-10T15:59:00Z"))).toBe(1);
  });

  it("refuses a malformed day rather than guess", () => {
    expect(() => daysUntil("2025-02-30", NOW)).toThrow(RangeError);
    expect(() => daysUntil("", NOW)).toThrow(RangeError);
  });
});

describe("isVisaExpiryPlausible", () => {
  it("accepts from one year ago to ten years ahead, bounds included", () => {
    for (const d of ["2024-03-10", "2025-01-01", "2025-03-10", "2030-06-30", "2035-03-10"]) {
      expect(isVisaExpiryPlausible(d, NOW), d).toBe(true);
    }
  });

  it("rejects more than a year past or ten years ahead", () => {
    for (const d of ["2024-03-09", "2000-01-01", "2035-03-11", "2099-12-31"]) {
      expect(isVisaExpiryPlausible(d, NOW), d).toBe(false);
    }
  });

  it("moves a leap-day anniversary to 28 February", () => {
    const leapDay = new Date("2024-02-29T04:00:00Z");
    expect(isVisaExpiryPlausible("2023-02-28", leapDay)).toBe(true);
    expect(isVisaExpiryPlausible("2023-02-27", leapDay)).toBe(false);
    expect(isVisaExpiryPlausible("2034-02-28", leapDay)).toBe(true);
    expect(isVisaExpiryPlausible("2034-03-01", leapDay)).toBe(false);
  });

  it("rejects malformed days", () => {
    expect(isVisaExpiryPlausible("2025-13-01", NOW)).toBe(false);
  });
});
