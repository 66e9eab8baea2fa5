import { beforeEach, describe, expect, it } from "vitest";
import { bootstrapData } from "@/scripts/setup/bootstrap";
import { authenticate } from "@/lib/auth/authenticate";
import { resetDb, testDb } from "./db";

describe("first start", () => {
  beforeEach(() => resetDb());

  it("with DEMO_DATA=off creates no demo account, only the admin from ADMIN_EMAIL / ADMIN_PASSWORD", async () => {
    const db = testDb();
    const outcome = await bootstrapData(db, { DEMO_DATA: "off", ADMIN_EMAIL: "Chief@City.gov.cn", ADMIN_PASSWORD: "a long admin passphrase" });
    expect(outcome).toBe("admin");
    const users = await db.user.findMany({ select: { email: true, role: true } });
    expect(users).toEqual([{ email: "chief@city.gov.cn", role: "ADMIN" }]);
    expect(await authenticate("staff@powertrain.demo", "demo-pass")).toBeNull();
    expect(await authenticate("chief@city.gov.cn", "a long admin passphrase")).toMatchObject({ role: "ADMIN" });
    // Units and the calendar are real reference data, present either way.
    expect(await db.unit.count()).toBeGreaterThan(0);
    expect(await db.calendarDay.count()).toBeGreaterThan(0);
  });

  it("with DEMO_DATA=off refuses to start without a usable first admin", async () => {
    await expect(bootstrapData(testDb(), { DEMO_DATA: "off", ADMIN_EMAIL: "a@b.c", ADMIN_PASSWORD: "short" })).rejects.toThrow(/ADMIN_PASSWORD/);
    expect(await testDb().user.count()).toBe(0);
  });

  it("seeds the demo story once, and a second start changes nothing", async () => {
    const db = testDb();
    expect(await bootstrapData(db, {})).toBe("demo");
    const counts = [await db.user.count(), await db.request.count()];
    expect(await bootstrapData(db, {})).toBe("existing");
    expect([await db.user.count(), await db.request.count()]).toEqual(counts);
    expect(await authenticate("staff@powertrain.demo", "demo-pass")).toMatchObject({ role: "ENTERPRISE" });
  });
});
