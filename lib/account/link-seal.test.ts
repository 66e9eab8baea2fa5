import { describe, expect, it } from "vitest";
import { LINK_PLACEHOLDER, messageWithLink, openLink, sealLink } from "./link-seal";

const LINK = "https://desk.example/invite/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

describe("sealed links in the outbox", () => {
  it("keeps the link out of the sealed text and opens it with the same secret", () => {
    const sealed = sealLink(LINK, "secret-a");
    expect(sealed).not.toContain("invite");
    expect(sealed).not.toContain("AbCdEf");
    expect(openLink(sealed, "secret-a")).toBe(LINK);
    expect(sealLink(LINK, "secret-a")).not.toBe(sealed);
  });

  it("refuses another secret or an altered seal", () => {
    const sealed = sealLink(LINK, "secret-a");
    expect(() => openLink(sealed, "secret-b")).toThrow();
    const parts = sealed.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("A") ? "BB" : "AA");
    expect(() => openLink(parts.join("."), "secret-a")).toThrow();
    expect(() => sealLink(LINK, "")).toThrow(/AUTH_SECRET/);
  });

  it("puts the link into the message only when it is sent", () => {
    const body = `Open ${LINK_PLACEHOLDER} within 7 days.`;
    expect(messageWithLink(body, sealLink(LINK, "s"), "s")).toBe(`Open ${LINK} within 7 days.`);
    expect(messageWithLink("no link here", null, "s")).toBe("no link here");
  });
});
