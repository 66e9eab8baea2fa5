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

  it("refuses what the audit got through: breached passwords, Chinese ones, and their decorated forms", () => {
    for (const pw of [
      "Password@2024",
      "qwertyuiop1",
      "woaini1314520",
      "zhangsan123",
      "Yiwu@12345",
      "P@ssw0rd2025!",
      "dragon2024!!",
      "5201314woaini",
      "iloveyou1314",
      "wangwei88888",
    ]) {
      expect(checkNewPassword(pw), pw).not.toBeNull();
    }
  });

  it("uses a real breach list of tens of thousands, not a handful", () => {
    // Entries deep in the list, none of them a keyboard run or a repeat.
    for (const pw of ["josephphone7", "dunnowho89", "msoracle32re", "bhrh0h2oof6xbqjeh"]) expect(checkNewPassword(pw), pw).toBe("common");
  });

  it("keeps accepting random or long passwords that only contain a common word", () => {
    expect(checkNewPassword("cat-93710-4821x")).toBeNull();
    expect(checkNewPassword("k9#mZ2!qP4")).toBeNull();
    expect(checkNewPassword("dragon keeps the warehouse warm")).toBeNull();
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
    // However long the digits after it: a context word with only digits and symbols added is guessed first.
    expect(checkNewPassword("resumption@2026123456")).toBe("contextual");
    expect(checkNewPassword("chian!!20261130", { email: "officer.chian@demo.yiwu.gov" })).toBe("contextual");
  });
});
