import { describe, expect, it } from "vitest";
import { helpTypes, nextSteps } from "./content";

describe("help content", () => {
  it("describes every registered type with its fields and SLA from the registry", () => {
    const types = helpTypes("en");
    const supply = types.find((t) => t.key === "SUPPLY_CHAIN_HANDOFF")!;
    expect(supply.sla.firstResponse).toEqual({ amount: 2, unit: "hours" });
    expect(supply.fields.find((f) => f.label === "Carrier vehicle plate" || f.label.includes("plate"))).toBeTruthy();
    expect(types.map((t) => t.key)).toEqual(["SUPPLY_CHAIN_HANDOFF", "VISA_EXTENSION", "PASSPORT_EXPEDITE", "GENERAL"]);
  });

  it("lists the steps the state machine allows, and none from a final status", () => {
    const steps = Object.fromEntries(nextSteps().map((s) => [s.status, s.steps]));
    expect(steps.SUBMITTED).toEqual([
      { action: "accept", to: "ACCEPTED", actor: "UNIT" },
      { action: "assign", to: "ACCEPTED", actor: "UNIT" },
      { action: "reject", to: "REJECTED", actor: "UNIT" },
      { action: "withdraw", to: "WITHDRAWN", actor: "ENTERPRISE" },
    ]);
    expect(steps.RESOLVED).toContainEqual({ action: "autoClose", to: "CLOSED", actor: "SYSTEM" });
    expect(steps.CLOSED).toEqual([]);
  });
});
