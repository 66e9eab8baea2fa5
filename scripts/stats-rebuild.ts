// `npm run stats:rebuild`: recomputes every daily stats rollup (StatsDay, StatsHistogram, StatsPauseDay) from the
// requests, in one transaction, while the app runs (a view waits for it rather than reading half of it). Needed
// only after changing what a figure means or repairing data by hand: triggers keep the rollups current otherwise.
import "dotenv/config";
import { createPrismaClient } from "../lib/db";
import { withAppDatabase } from "../lib/backup/target";
import { rebuildRollups } from "../lib/stats/rollup";

try {
  await withAppDatabase(process.env, async (url) => {
    const db = createPrismaClient(url);
    try {
      const started = performance.now();
      const days = await rebuildRollups(db, new Date());
      console.log(`stats rollups rebuilt: ${days} days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await db.$disconnect();
    }
  });
} catch (err) {
  console.error(`stats rebuild failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
