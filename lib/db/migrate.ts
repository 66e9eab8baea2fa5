import { openEngine, migrationList, NO_FILTER } from "./schema-engine";

/** Applies every migration in prisma/migrations not yet recorded in `_prisma_migrations`. */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: await migrationList(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL from one schema text to another (the engine still needs a live connection to run). */
export async function diffSchemas(url: string, from: string | null, to: string): Promise<string> {
  const engine = await openEngine(url, to);
  try {
    const out = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return out.stdout ?? "";
  } finally {
    engine.free();
  }
}
