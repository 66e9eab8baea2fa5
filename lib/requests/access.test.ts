import { describe, expect, it } from "vitest";
import { ownsRequest, visibleRequests } from "./access";

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

describe("ownsRequest", () => {
  it("is true only for the owning unit's staff and admins", () => {
    expect(ownsRequest({ role: "OFFICER", unitId: "u1" }, { unitId: "u1" })).toBe(true);
    expect(ownsRequest({ role: "OFFICER", unitId: "u2" }, { unitId: "u1" })).toBe(false);
    expect(ownsRequest({ role: "ENTERPRISE", unitId: null }, { unitId: "u1" })).toBe(false);
    expect(ownsRequest({ role: "ADMIN", unitId: null }, { unitId: "u1" })).toBe(true);
  });
});
