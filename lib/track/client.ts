import { createHash } from "node:crypto";

/** The client is kept only as a digest: an address is personal data. */
export const clientKey = (client: string) => `client:${createHash("sha256").update(client).digest("hex").slice(0, 32)}`;
