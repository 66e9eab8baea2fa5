import { describe, expect, it } from "vitest";
import { ownsRequest, visibleRequestParts, visibleRequests } from "./access";

describe("visibleRequests", () => {
  it("limits an enterprise to its own requests", () => {
    expect(visibleRequests({ role: "ENTERPRISE", enterpriseId: "e1", unitId: null })).toEqual({ enterpriseId: "e1" });
  });
  it("gives a unit its own cases and the ones it co-handles", () => {
    expect(visibleRequests({ role: "OFFICER", enterpriseId: null, unitId: "u1" })).toEqual({
      OR: [{ unitId: "u1" }, { coHandlings: { some: { unitId: "u1" } } }],
    });
  });
  it("matches nothing for a person with no enterprise or unit", () => {
    expect(visibleRequests({ role: "ENTERPRISE", enterpriseId: null, unitId: null })).toEqual({ id: "__none__" });
    expect(visibleRequests({ role: "LEAD", enterpriseId: null, unitId: null })).toEqual({ id: "__none__" });
  });
  it("lets an admin see everything", () => {
    expect(visibleRequests({ role: "ADMIN", enterpriseId: null, unitId: null })).toEqual({});
  });
});

describe("visibleRequestParts", () => {
  it("splits a unit's view into its own cases and the co-handled ones it does not own, so no case is in both", () => {
    expect(visibleRequestParts({ role: "LEAD", enterpriseId: null, unitId: "u1" })).toEqual([
      { unitId: "u1" },
      { coHandlings: { some: { unitId: "u1" } }, unitId: { not: "u1" } },
    ]);
  });
  it("keeps every other view whole", () => {
    expect(visibleRequestParts({ role: "ADMIN", enterpriseId: null, unitId: null })).toEqual([{}]);
    expect(visibleRequestParts({ role: "ENTERPRISE", enterpriseId: "e1", unitId: null })).toEqual([{ enterpriseId: "e1" }]);
    expect(visibleRequestParts({ role: "OFFICER", enterpriseId: null, unitId: null })).toEqual([{ id: "__none__" }]);
  });
});

describe("ownsRequest", () => {
  it("is true only for the owning unit's staff and admins", () => {
    expect(ownsRequest({ role: "OFFICER", unitId: "u1" }, { unitId: "u1" })).toBe(true);
    expect(ownsRequest({ role: "OFFICER", unitId: "u2" }, { unitId: "u1" })).toBe(false);
    expect(ownsRequest({ role: "ENTERPRISE", unitId: null }, { unitId: "u1" })).toBe(false);
    expect(ownsRequest({ role: "ADMIN", unitId: null }, { unitId: "u1" })).toBe(true);
  });
});
