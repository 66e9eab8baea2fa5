import { describe, expect, it } from "vitest";
import { appOrigin } from "./origin";

describe("appOrigin", () => {
  it("is the configured address, without any path", () => {
    expect(appOrigin({ APP_URL: "https://fugong.yiwu.gov.cn/desk/", AUTH_URL: "https://other.test" })).toBe("https://fugong.yiwu.gov.cn");
    expect(appOrigin({ AUTH_URL: "https://auth.yiwu.gov.cn" })).toBe("https://auth.yiwu.gov.cn");
  });

  it("falls back to this machine on its port", () => {
    expect(appOrigin({ PORT: "3600" })).toBe("http://localhost:3600");
    expect(appOrigin({})).toBe("http://localhost:3000");
  });
});
