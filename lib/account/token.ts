import { createHash, randomBytes } from "node:crypto";

/** A fresh secret for a link: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a copy of the database cannot be turned into working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
