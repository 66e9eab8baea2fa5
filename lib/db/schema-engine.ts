import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma's migrate CLI downloads a native schema engine at run time, which cannot happen offline.
// The same engine ships compiled to WebAssembly; we drive it directly (see STACK.md).
type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

let wasmReady: Promise<{ SchemaEngine: { new: (...a: unknown[]) => Promise<Engine> } }> | null = null;

async function loadWasm() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

export async function openEngine(url: string, schema?: string): Promise<Engine> {
  wasmReady ??= loadWasm();
  const { SchemaEngine } = await wasmReady;
  const datamodel = schema ?? (await readFile(SCHEMA_PATH, "utf8"));
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptFactory(new PrismaPg({ connectionString: url })));
  return SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, () => {}, adapter);
}

// adapter-pg runs a migration script by splitting it on ";", which breaks PL/pgSQL bodies (our
// append-only trigger). PostgreSQL's simple query protocol runs the whole script as sent, as the native engine does.
type PgAdapter = { executeScript(script: string): Promise<void>; client: { query(sql: string): Promise<unknown> } };
function wholeScriptFactory(factory: PrismaPg): PrismaPg {
  const patch = <T>(adapter: T): T => {
    const a = adapter as unknown as PgAdapter;
    a.executeScript = async (script: string) => {
      await a.client.query(script);
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const shadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await shadow());
  return factory;
}

export async function migrationList() {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lock = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
