import { describe, expect, it } from "vitest";
import { parseQueueFilters, queueHref } from "./queue-filters";

describe("queue filters in the address", () => {
  it("drops a NUL from the search word (PostgreSQL refuses it in text: it gave a 500)", () => {
    expect(parseQueueFilters({ q: "动力\u0000" }).q).toBe("动力");
    expect(parseQueueFilters({ q: "\u0000" }).q).toBe("");
  });
  it("reads the filters a shared link carries", () => {
    expect(parseQueueFilters({ tab: "mine", priority: "URGENT", q: " 动力 ", assignee: "me" })).toMatchObject({
      tab: "mine",
      priority: "URGENT",
      q: "动力",
      assignee: "me",
    });
  });

  it("opens on the open cases, or on everything when a status is asked for", () => {
    expect(parseQueueFilters({}).tab).toBe("open");
    expect(parseQueueFilters({ status: "SUBMITTED" })).toMatchObject({ tab: "all", status: "SUBMITTED" });
  });

  it("drops values it does not know instead of failing", () => {
    expect(parseQueueFilters({ tab: "bogus", status: "DONE", priority: ["HIGH", "LOW"], overdue: "yes" })).toEqual({
      tab: "open",
      priority: "HIGH",
    });
  });

  it("writes links that keep the other filters and restart paging", () => {
    const f = parseQueueFilters({ tab: "open", type: "GENERAL", cursor: "abc" });
    expect(queueHref(f, { tab: "overdue" })).toBe("/queue?tab=overdue&type=GENERAL");
    expect(queueHref(f, { type: undefined })).toBe("/queue?tab=open");
  });
});
