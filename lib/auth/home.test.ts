import { describe, expect, it } from "vitest";
import { homeFor, safeCallback } from "./home";

describe("homeFor", () => {
  it("sends each role to its own area", () => {
    expect(homeFor("ENTERPRISE")).toBe("/requests");
    expect(homeFor("OFFICER")).toBe("/queue");
    expect(homeFor("LEAD")).toBe("/queue");
    expect(homeFor("ADMIN")).toBe("/admin");
  });
});

describe("safeCallback", () => {
  it("keeps paths on this site", () => {
    expect(safeCallback("/queue?status=SUBMITTED")).toBe("/queue?status=SUBMITTED");
  });
  it("refuses other sites and protocol-relative tricks", () => {
    expect(safeCallback("https://evil.example/")).toBeNull();
    expect(safeCallback("//evil.example/")).toBeNull();
    expect(safeCallback("/\\evil.example")).toBeNull();
    expect(safeCallback("")).toBeNull();
    expect(safeCallback(null)).toBeNull();
  });
});
