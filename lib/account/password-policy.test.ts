import { describe, expect, it } from "vitest";
import { checkNewPassword } from "./password-policy";

describe("checkNewPassword (NIST SP 800-63B)", () => {
  it("accepts a long password of any composition, passphrases and Chinese included", () => {
    expect(checkNewPassword("correct horse battery")).toBeNull();
    expect(checkNewPassword("alllowercaseletters")).toBeNull();
    expect(checkNewPassword("义乌小商品市场复工第一天")).toBeNull();
  });

  it("refuses fewer than 10 characters, counting characters rather than bytes", () => {
    expect(checkNewPassword("Tr0ub4dor")).toBe("tooShort");
    expect(checkNewPassword("复工复产助企")).toBe("tooShort");
    expect(checkNewPassword("x".repeat(129))).toBe("tooLong");
  });

  it("refuses common passwords whatever their case", () => {
    expect(checkNewPassword("1234567890")).toBe("common");
    expect(checkNewPassword("Password123")).toBe("common");
    expect(checkNewPassword("woaini1314")).toBe("common");
  });

  it("refuses repeated characters and straight runs", () => {
    expect(checkNewPassword("zzzzzzzzzzzz")).toBe("common");
    expect(checkNewPassword("ababababab")).toBe("common");
    expect(checkNewPassword("lmnopqrstu")).toBe("common");
  });

  it("refuses a password that is little more than the account's own email or name", () => {
    expect(checkNewPassword("officer.chian1", { email: "officer.chian@demo.yiwu.gov" })).toBe("contextual");
    expect(checkNewPassword("Zhang Xiaoming", { name: "zhang xiaoming" })).toBe("contextual");
    expect(checkNewPassword("officer.chian keeps trucks moving", { email: "officer.chian@demo.yiwu.gov" })).toBeNull();
  });
});
