// `npm run db:restore <file>`: a backup from `npm run db:backup` into an empty database, and its uploaded files.
import "dotenv/config";
import path from "node:path";
import { restoreDatabase } from "../lib/backup/backup";
import { withAppDatabase } from "../lib/backup/target";
import { uploadDir } from "../lib/files/storage";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore <backup file>.dump   (into an empty database: DATABASE_URL, or an empty PGDATA_DIR)");
  process.exit(1);
}
try {
  const out = await withAppDatabase(process.env, (url) => restoreDatabase({ url, file: path.resolve(file), uploadDir: uploadDir() }));
  console.log(`restored ${file}${out.uploads ? `, and its uploaded files into ${uploadDir()}` : ""}`);
  console.log("npm start serves it (it applies any newer migrations first); it needs the data key the backup was made with.");
} catch (err) {
  console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
