import { describe, expect, it } from "vitest";
import { tc3Signature } from "./tencent";

// Tencent Cloud's "Signature v3" documentation signs a CVM DescribeInstances call step by step with the
// example keys and timestamp below; each intermediate digest and the signature must come out the same.
describe("TC3-HMAC-SHA256", () => {
  it("reproduces the documented example", () => {
    const signed = tc3Signature({
      secretKey: "Gu5t9xGARNpq86cd98joQYCN3*******",
      service: "cvm",
      host: "cvm.tencentcloudapi.com",
      timestamp: 1551113065,
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    });
    expect(signed.canonicalRequest.split("\n").at(-1)).toBe("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    expect(signed.stringToSign).toBe(
      "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
    );
    expect(signed.signature).toBe("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
  });

  it("signs the action header too when it is given, lower-cased", () => {
    const signed = tc3Signature({ secretKey: "k", service: "sms", host: "sms.tencentcloudapi.com", timestamp: 1551113065, payload: "{}", action: "SendSms" });
    expect(signed.signedHeaders).toBe("content-type;host;x-tc-action");
    expect(signed.canonicalRequest).toContain("x-tc-action:sendsms\n");
  });
});
