import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signDelivery, verifySignature } from "./webhook-signature";

const AT = new Date("2026-11-30T10:00:00Z");

describe("webhook signatures", () => {
  it("signs timestamp and body with HMAC-SHA256, as documented", () => {
    const header = signDelivery("s3cret", '{"a":1}', AT);
    const t = AT.getTime() / 1000;
    expect(header).toBe(`t=${t},v1=${createHmac("sha256", "s3cret").update(`${t}.{"a":1}`).digest("hex")}`);
  });

  it("verifies only the same body, secret and a recent time", () => {
    const header = signDelivery("s3cret", "{}", AT);
    expect(verifySignature("s3cret", "{}", header, AT)).toBe(true);
    expect(verifySignature("s3cret", "{ }", header, AT)).toBe(false);
    expect(verifySignature("other", "{}", header, AT)).toBe(false);
    expect(verifySignature("s3cret", "{}", header, new Date(AT.getTime() + 301_000))).toBe(false);
  });
});
