import path from "node:path";
import { DATABASE_NAME, defaultDataDir, portIsFree, startEmbeddedPostgres } from "@/lib/db/embedded";
import { ROOT } from "@/lib/db/schema-engine";

/**
 * Runs `work` against the app's database: DATABASE_URL when set; else the embedded PostgreSQL — the one
 * `npm start` is running on PGPORT, or, when nothing listens there, the embedded server of PGDATA_DIR
 * started for the occasion and stopped afterwards.
 */
export async function withAppDatabase<T>(env: Record<string, string | undefined>, work: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  const port = Number(env.PGPORT ?? 54320);
  if (!(await portIsFree(port))) return work(`postgresql://postgres:postgres@127.0.0.1:${port}/${DATABASE_NAME}`);
  const server = await startEmbeddedPostgres({ dataDir: env.PGDATA_DIR ?? defaultDataDir(ROOT), port });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

/** BACKUP_DIR, else `<project>/backups`. */
export function backupDir(env: Record<string, string | undefined>): string {
  return path.resolve(env.BACKUP_DIR || path.join(ROOT, "backups"));
}
