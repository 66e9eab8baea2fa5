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
  it("refuses what a browser would clean up into another site", () => {
    expect(safeCallback("/\t/evil.example")).toBeNull();
    expect(safeCallback("/\n/evil.example")).toBeNull();
    expect(safeCallback("/ /evil.example")).toBeNull();
    expect(safeCallback("/\\/evil.example")).toBeNull();
  });
  it("returns the path as parsed, so nothing after it can change where it leads", () => {
    expect(safeCallback("/cases/YW-2026-000001#timeline")).toBe("/cases/YW-2026-000001#timeline");
    expect(safeCallback("/a/../queue")).toBe("/queue");
  });
});
