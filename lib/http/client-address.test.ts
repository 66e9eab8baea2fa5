import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxies } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  // X-Forwarded-For as it reaches the app's code: the app's server has appended the socket's address last.
  it.each([
    // Facing callers directly: the socket, whatever the caller wrote before it.
    { proxies: 0, xff: "203.0.113.9", want: "203.0.113.9" },
    { proxies: 0, xff: "1.2.3.4, 203.0.113.9", want: "203.0.113.9" },
    { proxies: 0, xff: "10.0.0.1, 198.51.100.23, 203.0.113.9", want: "203.0.113.9" },
    { proxies: 0, xff: "::ffff:127.0.0.1", want: "::ffff:127.0.0.1" },
    // One proxy (nginx's $proxy_add_x_forwarded_for): the address it was reached from, never what the caller wrote.
    { proxies: 1, xff: "198.51.100.23, 10.0.0.2", want: "198.51.100.23" },
    { proxies: 1, xff: "6.6.6.6, 198.51.100.23, 10.0.0.2", want: "198.51.100.23" },
    { proxies: 1, xff: "<script>, 198.51.100.23, 10.0.0.2", want: "198.51.100.23" },
    // A CDN and a proxy.
    { proxies: 2, xff: "6.6.6.6, 2001:db8::7, 172.16.0.5, 10.0.0.2", want: "2001:db8::7" },
    // Fewer hops than proxies (one that did not append): the left-most there is.
    { proxies: 2, xff: "198.51.100.23, 10.0.0.2", want: "198.51.100.23" },
    { proxies: 1, xff: "10.0.0.2", want: "10.0.0.2" },
    // Nothing usable.
    { proxies: 0, xff: "", want: "unknown" },
    { proxies: 0, xff: undefined, want: "unknown" },
    { proxies: 0, xff: "1.2.3.4, not-an-address", want: "unknown" },
    { proxies: 1, xff: "evil.test, 10.0.0.2", want: "unknown" },
  ])("$xff with $proxies trusted → $want", ({ proxies, xff, want }) => {
    expect(clientAddress(headers(xff), proxies)).toBe(want);
  });

  it("gives a caller who rotates X-Forwarded-For the same address every time", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"].map((forged) => clientAddress(headers(`${forged}, 198.51.100.23, 10.0.0.2`), 1)));
    expect([...seen]).toEqual(["198.51.100.23"]);
  });
});

describe("trustedProxies", () => {
  it("is 0 unless set, and refuses anything but a small whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: " 2 " })).toBe(2);
    for (const bad of ["-1", "1.5", "one", "10"]) expect(() => trustedProxies({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
  });
});
