import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "./kinds";
import { casePath, notificationPath, notificationTranslator, renderNotification } from "./message";

function render(locale: "en" | "zh-CN", kind: string, params: unknown) {
  return renderNotification(notificationTranslator(locale), kind, params);
}

describe("notification messages", () => {
  it("says what happened, with the reference, in both languages", () => {
    expect(render("en", "STATUS", { reference: "YW-2026-000001", action: "ask", toStatus: "NEEDS_INFO" })).toBe(
      "The service team asked a question about YW-2026-000001: please answer",
    );
    expect(render("zh-CN", "ASSIGNED", { reference: "YW-2026-000002" })).toBe("需求 YW-2026-000002 已分派给您");
  });

  it("falls back to the status when the action is not recorded (older rows)", () => {
    expect(render("en", "STATUS", { reference: "R1", toStatus: "CLOSED" })).toBe("R1 is now closed");
  });

  it("renders every kind, and an unknown kind generically", () => {
    const aboutCompany = ["ENTERPRISE_VERIFIED", "ENTERPRISE_REJECTED"];
    for (const kind of NOTIFICATION_KINDS.filter((k) => !aboutCompany.includes(k))) expect(render("en", kind, { reference: "R9", score: 5 })).toContain("R9");
    expect(render("zh-CN", "SOMETHING_NEW", { reference: "R9" })).toBe("R9 有更新");
  });

  it("tells a company of the decision on its registration, with the reason when rejected", () => {
    expect(render("zh-CN", "ENTERPRISE_VERIFIED", {})).toBe("贵企业已通过认证，现在可以向服务团提交需求");
    expect(render("en", "ENTERPRISE_REJECTED", { reason: "the licence does not match the code" })).toContain(
      "not approved: the licence does not match the code.",
    );
  });

  it("sends enterprise staff to their request page and units to the case", () => {
    expect(casePath("ENTERPRISE", "R1")).toBe("/requests/R1");
    expect(casePath("OFFICER", "R1")).toBe("/cases/R1");
  });

  it("leads a registration decision to the company profile, and a notice about nothing nowhere", () => {
    expect(notificationPath("ENTERPRISE", "ENTERPRISE_REJECTED", null)).toBe("/enterprise");
    expect(notificationPath("LEAD", "ESCALATED", "R2")).toBe("/cases/R2");
    expect(notificationPath("OFFICER", "REPLY", null)).toBeNull();
  });
});
