import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Desk-Signature";

export const SIGNATURE_DOC =
  "Webhooks: each delivery is a POST of JSON with the header `X-Desk-Signature: t=<unix seconds>,v1=<hex>`, where the hex is " +
  "HMAC-SHA256(secret, `<t>.<raw body>`) with the endpoint's secret. Check it over the raw body, compare in constant time, and " +
  "refuse a t more than 5 minutes away from your clock. Answer 2xx within 10 s; otherwise it is retried after 1, 5, 30 minutes, 2, 6 and 24 hours, then given up. " +
  "Deliveries can arrive more than once or out of order: use the delivery id (`X-Desk-Delivery`) and `occurred_at`.";

/** The signature header of one delivery: t=<seconds>,v1=<HMAC-SHA256 of "t.body">. */
export function signDelivery(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex")}`;
}

/** What a receiver does: true when the header signs this body with this secret within `toleranceS` of now. */
export function verifySignature(secret: string, body: string, header: string, now: Date, toleranceS = 300): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(now.getTime() / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex"));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
