import { describe, expect, it } from "vitest";
import { blankToEmpty, cleanValues, hostileFields } from "./form-state";

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

describe("hostile text in any form", () => {
  it("names each field holding a NUL or control character, so the form shows a field message instead of a 500", () => {
    expect(hostileFields(form({ name: "赤岸\u0000镇", note: "ok", q: "a\u0007" }))).toEqual({ name: ["characters"], q: ["characters"] });
    expect(hostileFields(form({ name: "赤岸镇", note: "line\nbreak\ttab" }))).toBeNull();
  });

  it("gives back what was typed without the refused characters", () => {
    expect(cleanValues({ name: "赤岸\u0000镇", note: "ok" })).toEqual({ name: "赤岸镇", note: "ok" });
  });

  it("reads text of only zero-width characters as not filled in", () => {
    expect(blankToEmpty({ name: "\u200b\u200b", note: "\ufeff", keep: "好" })).toEqual({ name: "", note: "", keep: "好" });
  });
});
