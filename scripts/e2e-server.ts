// The server Playwright starts: `npm start` on a wiped data folder, so each e2e run sees the same demo story.
import { rmSync } from "node:fs";
import path from "node:path";

const dataDir = process.env.PGDATA_DIR;
if (!dataDir || !dataDir.startsWith("/tmp/")) throw new Error("e2e-server wipes PGDATA_DIR and only does so under /tmp");
rmSync(path.dirname(dataDir), { recursive: true, force: true });
delete process.env.DATABASE_URL;
await import("./start");
