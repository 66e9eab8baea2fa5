import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/** One data key: 32 bytes for AES-256-GCM, named by an id derived from the key itself. */
export type DataKey = { id: string; key: Buffer };

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The id stored beside each value: derived from the key, so the same key always has the same id and an id reveals nothing of it. */
export function keyIdOf(key: Buffer): string {
  return "k" + createHmac("sha256", key).update("resumption-desk key id").digest("hex").slice(0, 12);
}

/** Parses a key written as 64 hex digits or as base64/base64url of 32 bytes. */
export function parseDataKey(text: string): DataKey {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== 32) throw new Error("a data key must be 32 bytes, written as 64 hex digits or base64 (openssl rand -base64 32)");
  return { id: keyIdOf(key), key };
}

export function newDataKeyText(): string {
  return randomBytes(32).toString("base64");
}

/** iv ‖ tag ‖ ciphertext. `context` (the request and field) is authenticated, so a value moved to another row does not decrypt. */
export function seal(k: DataKey, plaintext: string, context: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", k.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const out = new Uint8Array(new ArrayBuffer(IV_BYTES + TAG_BYTES + body.length));
  out.set(iv, 0);
  out.set(cipher.getAuthTag(), IV_BYTES);
  out.set(body, IV_BYTES + TAG_BYTES);
  return out;
}

/** Throws when the key is wrong, the context differs or a byte was changed. */
export function open(k: DataKey, sealed: Uint8Array, context: string): string {
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", k.key, buf.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** How a number is compared: case, spaces and dashes do not make it another number. */
export function normalizeIdentifier(value: string): string {
  return value.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
}

/**
 * The blind index of a value: an HMAC under a key derived from the data key (never the data key itself),
 * so the database can answer "which request holds this exact number" without holding the number.
 */
export function blindIndex(k: DataKey, value: string): string {
  const indexKey = createHmac("sha256", k.key).update("resumption-desk blind index").digest();
  return createHmac("sha256", indexKey).update(normalizeIdentifier(value)).digest("base64url");
}
