// `npm run keys:rotate`: seals every passport/ID number under the current data key, in batches, while the app runs.
//  - Key file (no DATA_KEY): adds a fresh key at the top of the file first (`-- --resume` only finishes a rotation).
//    A running app notices the changed file and seals new values under the new key at once.
//  - DATA_KEY: set DATA_KEY to the new key and DATA_KEY_PREVIOUS to the old one(s) for the app and for this command.
import "dotenv/config";
import { createPrismaClient } from "../lib/db";
import { withAppDatabase } from "../lib/backup/target";
import { addKeyToFile, keyFilePath, keyring } from "../lib/pii/keyring";
import { rotateKeys, valuesPerKey } from "../lib/pii/rotate";

const resume = process.argv.includes("--resume");
try {
  if (keyring().source === "file" && !resume) {
    const k = addKeyToFile();
    console.log(`new data key ${k.id} added to ${keyFilePath()} (older keys stay there until no value uses them)`);
  }
  const current = keyring().current.id;
  await withAppDatabase(process.env, async (url) => {
    const db = createPrismaClient(url);
    try {
      const moved = await rotateKeys(db, Number(process.env.ROTATE_BATCH ?? 200), (done) => process.stdout.write(`\rre-sealed ${done}`));
      console.log(`\nre-sealed ${moved} values under ${current}; values per key now: ${JSON.stringify(await valuesPerKey(db))}`);
    } finally {
      await db.$disconnect();
    }
  });
} catch (err) {
  console.error(`key rotation failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
