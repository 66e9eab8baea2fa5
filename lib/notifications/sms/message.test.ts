import { describe, expect, it } from "vitest";
import { clip, SMS_PARAM_MAX, smsMessage } from "./message";

const ORIGIN = "https://desk.example.gov.cn";

describe("text messages as template + parameters", () => {
  it("a status change names the case and its state in the product's words, and links to /track as fixed text", () => {
    const m = smsMessage("STATUS", { reference: "YW-2026-000123", action: "ask", toStatus: "NEEDS_INFO" }, null, ORIGIN);
    expect(m.template).toBe("CASE_STATUS");
    expect(m.params).toEqual([
      ["reference", "YW-2026-000123"],
      ["status", "待补充"],
    ]);
    expect(m.text).toBe(`您的需求YW-2026-000123当前状态：待补充。查询进度：${ORIGIN}/track 登录办理：${ORIGIN}/login`);
    expect(smsMessage("STATUS", { reference: "R", toStatus: "RESOLVED" }, "en", ORIGIN).params).toEqual([
      ["reference", "R"],
      ["status", "Resolved"],
    ]);
  });

  it("other case notices and registration decisions use their own templates", () => {
    expect(smsMessage("REPLY", { reference: "YW-2026-000124" }, "zh-CN", ORIGIN)).toMatchObject({
      template: "CASE_UPDATE",
      params: [["reference", "YW-2026-000124"]],
    });
    expect(smsMessage("ENTERPRISE_REJECTED", { reason: "营业执照与代码不符" }, null, ORIGIN)).toMatchObject({
      template: "ACCOUNT",
      params: [["result", "未通过认证"]],
    });
  });

  it("keeps every parameter within the providers' limit", () => {
    const long = "很".repeat(50);
    expect([...clip(long)]).toHaveLength(SMS_PARAM_MAX);
    expect(clip("YW-2026-000123")).toBe("YW-2026-000123");
    const m = smsMessage("REPLY", { reference: long }, null, ORIGIN);
    expect(m.params.every(([, v]) => [...v].length <= SMS_PARAM_MAX)).toBe(true);
  });
});
