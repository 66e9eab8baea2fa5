import { describe, expect, it } from "vitest";
import { currentNavHref, navFor } from "./nav";

const hrefs = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.href);

describe("currentNavHref", () => {
  it("marks the section a page lies under, the longest match winning", () => {
    expect(currentNavHref("/requests/new", hrefs("ENTERPRISE"))).toBe("/requests/new");
    expect(currentNavHref("/requests/YW-2026-000001", hrefs("ENTERPRISE"))).toBe("/requests");
    expect(currentNavHref("/admin/users/abc", hrefs("ADMIN"))).toBe("/admin");
    expect(currentNavHref("/admin/enterprises/abc", hrefs("OFFICER"))).toBe("/admin/enterprises");
  });

  it("counts a case page as the queue", () => {
    expect(currentNavHref("/cases/YW-2026-000001", hrefs("OFFICER"))).toBe("/queue");
  });

  it("marks nothing for a page outside the navigation, or one that only shares a prefix", () => {
    expect(currentNavHref("/account", hrefs("LEAD"))).toBeUndefined();
    expect(currentNavHref("/statsx", hrefs("LEAD"))).toBeUndefined();
  });
});
