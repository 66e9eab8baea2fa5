import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

const catalog = { common: { save: "Save", nav: { queue: "Queue" } }, queue: { bulk: { assign: "Assign" }, tabs: { all: "All" } }, admin: { x: "y" } };

describe("pickMessages", () => {
  it("keeps whole namespaces and single branches, nested as in the catalog, and nothing else", () => {
    expect(pickMessages(catalog, ["common", "queue.bulk"])).toEqual({ common: catalog.common, queue: { bulk: { assign: "Assign" } } });
  });

  it("merges branches of one namespace and skips paths the catalog does not have", () => {
    expect(pickMessages(catalog, ["queue.bulk", "queue.tabs", "nope", "common.missing"])).toEqual({ queue: catalog.queue });
  });
});
