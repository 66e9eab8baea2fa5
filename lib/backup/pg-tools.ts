import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type PgTool = "pg_dump" | "pg_restore" | "psql";

/** The server's major version (15 for 15.18), read from the server itself. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** The major version a client tool reports ("pg_dump (PostgreSQL) 15.18 (Debian …)" is 15), or null when it does not run. */
export function toolMajor(bin: string, env: Record<string, string | undefined> = process.env): number | null {
  try {
    const out = execFileSync(bin, ["--version"], { encoding: "utf8", env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "ignore"] });
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function installHint(major: number): string {
  return `Install Debian's client tools of that version: apt-get install postgresql-client-${major} (or postgresql-client), or set PG_BIN_DIR to the folder holding them.`;
}

/**
 * The client tool to use against a server of `major`: PG_BIN_DIR, then Debian's per-version folder, then the
 * PATH. pg_dump refuses a server newer than itself, so an older tool is refused here first, with what to install.
 */
export function findPgTool(tool: PgTool, major: number, env: Record<string, string | undefined> = process.env): string {
  const candidates = [env.PG_BIN_DIR && path.join(env.PG_BIN_DIR, tool), `/usr/lib/postgresql/${major}/bin/${tool}`, tool].filter(
    (c): c is string => !!c && (c === tool || existsSync(c)),
  );
  let older: { bin: string; v: number } | null = null;
  for (const bin of candidates) {
    const v = toolMajor(bin, env);
    if (v === null) continue;
    if (v >= major) return bin;
    older ??= { bin, v };
  }
  if (older)
    throw new Error(
      `${tool} at ${older.bin} is from PostgreSQL ${older.v}, but the database server is PostgreSQL ${major}, and ${tool} cannot work with a newer server. ${installHint(major)}`,
    );
  throw new Error(`${tool} was not found: backup and restore need PostgreSQL ${major}'s client tools. ${installHint(major)}`);
}
