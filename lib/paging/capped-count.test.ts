import { describe, expect, it } from "vitest";
import { cappedCount } from "./capped-count";

describe("a capped count", () => {
  it("shows the number below the cap and 'cap - 1 +' once counting stopped at the cap", () => {
    expect(cappedCount(0, 100)).toBe("0");
    expect(cappedCount(99, 100)).toBe("99");
    expect(cappedCount(100, 100)).toBe("99+");
  });
});
