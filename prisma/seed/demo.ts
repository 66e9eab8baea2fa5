// The demo story (DOMAIN.md "Reference numbers and demo data"), seeded into an empty database after seedBase.
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { sealedRow, splitSensitive } from "@/lib/pii/sensitive";
import { DEMO_PASSWORD } from "./demo-data";
import { buildNotifications } from "./demo-notifications";
import { buildPeople } from "./demo-people";
import { buildRequests } from "./demo-requests";
import { createRng, idMaker } from "./random";

// Fixed seeds: the same `now` gives the same data on every machine.
const DATA_SEED = 20220822;
const ID_SEED = 20220825;
const BATCH = 1000;

/** Only for an empty database: creates users, enterprises and ~200 requests with their whole history. */
export async function seedDemo(db: Db, now = new Date()): Promise<void> {
  const baseUnits = await db.unit.findMany({ select: { id: true, code: true, townshipId: true } });
  if (!baseUnits.some((u) => u.code === "EXIT_ENTRY")) throw new Error("seedDemo needs the units of seedBase: run seedBase first.");
  const rng = createRng(DATA_SEED);
  // A separate stream for ids, so adding a column of random data does not reshuffle every id.
  const newId = idMaker(createRng(ID_SEED));
  // One hash for every account: argon2id is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = buildPeople(rng, newId, baseUnits, passwordHash, now);
  const { rows, counters } = buildRequests(rng, newId, people, now);
  const notifications = buildNotifications(rng, newId, rows, people, now);
  // Passport and ID numbers are sealed as the app seals them: only their masks go into `details`.
  const sensitive = rows.requests.flatMap((r) => {
    const split = splitSensitive(r.type, r.details as Record<string, unknown>);
    r.details = split.details as typeof r.details;
    return split.values.map((v) => sealedRow(r.id!, v));
  });

  await db.$transaction(
    async (tx) => {
      const insert = async <T>(create: (args: { data: T[] }) => Promise<unknown>, data: T[]) => {
        for (let i = 0; i < data.length; i += BATCH) await create({ data: data.slice(i, i + BATCH) });
      };
      await insert((a) => tx.user.createMany(a), people.staffUsers);
      await insert((a) => tx.enterprise.createMany(a), people.enterprises);
      await insert((a) => tx.user.createMany(a), people.enterpriseUsers);
      await insert((a) => tx.request.createMany(a), rows.requests);
      await insert((a) => tx.sensitiveValue.createMany(a), sensitive);
      // In timeline order: event ids are what the timeline sorts by.
      await insert((a) => tx.event.createMany(a), rows.events);
      await insert((a) => tx.reply.createMany(a), rows.replies);
      await insert((a) => tx.slaPause.createMany(a), rows.pauses);
      await insert((a) => tx.coHandling.createMany(a), rows.coHandlings);
      await insert((a) => tx.rating.createMany(a), rows.ratings);
      await insert((a) => tx.notification.createMany(a), notifications);
      for (const [year, last] of counters) {
        await tx.requestCounter.upsert({ where: { year }, create: { year, last }, update: { last } });
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
