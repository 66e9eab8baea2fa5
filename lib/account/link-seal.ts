import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// A link in an email is a secret until it is used. The outbox row keeps the message with this
// placeholder and the link itself sealed (AES-256-GCM, key derived from AUTH_SECRET): a copy of the
// database, or an admin reading /admin/outbox, holds no working link. The sender opens it at send time.
export const LINK_PLACEHOLDER = "[[link]]";

function key(secret: string | undefined): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set: links in emails cannot be sealed or opened");
  return createHash("sha256").update(`outbox-link:${secret}`, "utf8").digest();
}

/** The link sealed for the outbox ("v1.<iv>.<tag>.<ciphertext>", base64url). */
export function sealLink(link: string, secret = process.env.AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(link, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The link back; throws when the seal was made with another secret or was altered. */
export function openLink(sealed: string, secret = process.env.AUTH_SECRET): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("not a sealed link");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The message as it goes out: the placeholder replaced by the opened link. */
export function messageWithLink(body: string, sealed: string | null, secret = process.env.AUTH_SECRET): string {
  return sealed ? body.split(LINK_PLACEHOLDER).join(openLink(sealed, secret)) : body;
}
