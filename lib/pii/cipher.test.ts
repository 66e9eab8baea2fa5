import { describe, expect, it } from "vitest";
import { blindIndex, keyIdOf, newDataKeyText, open, parseDataKey, seal } from "./cipher";

const k1 = parseDataKey(newDataKeyText());
const k2 = parseDataKey(newDataKeyText());

describe("identifier encryption", () => {
  it("round-trips a value and never stores it in the clear", () => {
    const sealed = seal(k1, "E12345678", "req1:passportNumber");
    expect(Buffer.from(sealed).toString("latin1")).not.toContain("E12345678");
    expect(open(k1, sealed, "req1:passportNumber")).toBe("E12345678");
  });

  it("gives a different ciphertext each time (a fresh IV per value)", () => {
    expect(Buffer.from(seal(k1, "E12345678", "c")).equals(Buffer.from(seal(k1, "E12345678", "c")))).toBe(false);
  });

  it("refuses another key, another row's context and a changed byte", () => {
    const sealed = seal(k1, "330782199001011234", "req1:residentId");
    expect(() => open(k2, sealed, "req1:residentId")).toThrow();
    expect(() => open(k1, sealed, "req2:residentId")).toThrow();
    const bad = Uint8Array.from(sealed);
    bad[bad.length - 1] ^= 1;
    expect(() => open(k1, bad, "req1:residentId")).toThrow();
  });

  it("names each key by an id derived from it", () => {
    expect(k1.id).toMatch(/^k[0-9a-f]{12}$/);
    expect(k1.id).not.toBe(k2.id);
    expect(parseDataKey(k1.key.toString("hex")).id).toBe(k1.id);
    expect(keyIdOf(k1.key)).toBe(k1.id);
  });

  it("rejects a key that is not 32 bytes", () => {
    expect(() => parseDataKey("short")).toThrow(/32 bytes/);
  });

  it("indexes the same number the same way whatever its case or spacing, and per key", () => {
    expect(blindIndex(k1, "e1234 5678")).toBe(blindIndex(k1, "E12345678"));
    expect(blindIndex(k1, "E12345679")).not.toBe(blindIndex(k1, "E12345678"));
    expect(blindIndex(k2, "E12345678")).not.toBe(blindIndex(k1, "E12345678"));
    expect(blindIndex(k1, "E12345678")).not.toContain("E1234");
  });
});
