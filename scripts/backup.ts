// `npm run db:backup`: a pg_dump (custom format) of the app's database and a copy of the uploaded files, in BACKUP_DIR.
import "dotenv/config";
import { backupDatabase } from "../lib/backup/backup";
import { backupDir, withAppDatabase } from "../lib/backup/target";
import { fileStorageKind, uploadDir } from "../lib/files/storage";

const keep = process.env.BACKUP_KEEP ? Number(process.env.BACKUP_KEEP) : undefined;
try {
  const out = await withAppDatabase(process.env, (url) => backupDatabase({ url, backupDir: backupDir(process.env), uploadDir: uploadDir(), keep }));
  console.log(`backup written: ${out.dumpFile}`);
  if (fileStorageKind() === "postgres") console.log("uploaded files are in the database (FILE_STORAGE=postgres): the dump holds them");
  else console.log(out.uploadsDir ? `uploaded files copied to: ${out.uploadsDir}` : "no uploaded files to copy");
  console.log("The passport/ID numbers in it are encrypted: keep the data key (DATA_KEY, or .data/data-keys) safe and apart from the backups.");
} catch (err) {
  console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
