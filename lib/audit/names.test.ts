import { describe, expect, it } from "vitest";
import { catalog, flattenKeys } from "@/lib/messages/catalog";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "./log";

describe("the audit log's words", () => {
  it("names every action and every kind of record in both languages, so no raw key reaches the page", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const keys = new Set(flattenKeys(catalog(locale)));
      expect(
        AUDIT_ACTIONS.filter((a) => !keys.has(`admin.audit.actions.${a}`)),
        locale,
      ).toEqual([]);
      expect(
        AUDIT_ENTITIES.filter((e) => !keys.has(`admin.audit.entities.${e}`)),
        locale,
      ).toEqual([]);
    }
  });
});
