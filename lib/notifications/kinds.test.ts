import { describe, expect, it } from "vitest";
import { isNotificationKind, NOTICE_SCHEMA, NOTIFICATION_KINDS, noticeParams } from "./kinds";
import { notificationTranslator, renderNotification } from "./message";

describe("notification kinds and parameters", () => {
  it("lists each kind once, and knows an unknown one", () => {
    expect(new Set(NOTIFICATION_KINDS).size).toBe(NOTIFICATION_KINDS.length);
    expect(NOTIFICATION_KINDS).toContain("FIRST_RESPONSE_ESCALATED");
    expect(isNotificationKind("STATUS")).toBe(true);
    expect(isNotificationKind("SOMETHING_NEW")).toBe(false);
    expect(isNotificationKind(null)).toBe(false);
  });

  it("checks what a writer passes against its kind", () => {
    expect(NOTICE_SCHEMA.safeParse({ kind: "RATED", params: { reference: "R1", type: "GENERAL", score: 5 } }).success).toBe(true);
    expect(NOTICE_SCHEMA.safeParse({ kind: "RATED", params: { reference: "R1", type: "GENERAL" } }).success).toBe(false);
    expect(NOTICE_SCHEMA.safeParse({ kind: "REMINDER", params: { reference: "R1", type: "GENERAL" } }).success).toBe(false);
  });

  it("reads back whatever a stored row holds without throwing: bad values are dropped, good ones kept", () => {
    for (const raw of [null, undefined, "text", 42, [1, 2], {}]) expect(noticeParams(raw)).toEqual({});
    expect(noticeParams({ reference: "R1", score: 4, toStatus: ["x"], quiet: { hours: 9 }, extra: true })).toEqual({ reference: "R1", score: 4 });
    expect(noticeParams({ quiet: { hours: "工作日 09:00-17:00", anyHour: false }, path: "/cases/R1" })).toEqual({
      quiet: { hours: "工作日 09:00-17:00", anyHour: false },
      path: "/cases/R1",
    });
  });

  it("still renders an old or hand-edited row, never an error", () => {
    const t = notificationTranslator("en");
    expect(renderNotification(t, "STATUS", { reference: 12, toStatus: null })).toBe(renderNotification(t, "STATUS", {}));
    expect(renderNotification(t, "RETIRED_KIND", "not an object")).toBeTypeOf("string");
  });
});
