import { describe, expect, it } from "vitest";
import { keyMayRead, keyRequests, mayFileFor } from "./key-scope";

const grant = { types: ["SUPPLY_CHAIN_HANDOFF"], unitIds: ["u1"], allEnterprises: false, enterpriseIds: ["e1"], canWrite: true };

describe("what a key may do", () => {
  it("files only for its enterprises, its types and when it may write", () => {
    expect(mayFileFor(grant, "e1", "SUPPLY_CHAIN_HANDOFF")).toBe(true);
    expect(mayFileFor(grant, "e2", "SUPPLY_CHAIN_HANDOFF")).toBe(false);
    expect(mayFileFor(grant, "e1", "VISA_EXTENSION")).toBe(false);
    expect(mayFileFor({ ...grant, canWrite: false }, "e1", "SUPPLY_CHAIN_HANDOFF")).toBe(false);
    expect(mayFileFor({ ...grant, allEnterprises: true }, "e9", "SUPPLY_CHAIN_HANDOFF")).toBe(true);
  });

  it("reads the requests of its types, units and enterprises only", () => {
    expect(keyRequests(grant)).toEqual({ type: { in: ["SUPPLY_CHAIN_HANDOFF"] }, unitId: { in: ["u1"] }, enterpriseId: { in: ["e1"] } });
    expect(keyRequests({ ...grant, allEnterprises: true })).toEqual({ type: { in: ["SUPPLY_CHAIN_HANDOFF"] }, unitId: { in: ["u1"] } });
  });

  it("judges one request in hand by the same grant (webhook fan-out)", () => {
    const r = { type: "SUPPLY_CHAIN_HANDOFF", unitId: "u1", enterpriseId: "e1" };
    expect(keyMayRead(grant, r)).toBe(true);
    expect(keyMayRead(grant, { ...r, unitId: "u2" })).toBe(false);
    expect(keyMayRead(grant, { ...r, type: "GENERAL" })).toBe(false);
    expect(keyMayRead(grant, { ...r, enterpriseId: "e2" })).toBe(false);
    expect(keyMayRead({ ...grant, allEnterprises: true }, { ...r, enterpriseId: "e2" })).toBe(true);
  });
});
