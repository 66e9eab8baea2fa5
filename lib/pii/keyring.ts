import "server-only";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newDataKeyText, parseDataKey, type DataKey } from "./cipher";
import { errorProp } from "@/lib/errors";

/** The key new values are sealed with, and every key a stored value may name. */
export type Keyring = { current: DataKey; byId: ReadonlyMap<string, DataKey>; source: "env" | "file" };

type Env = Record<string, string | undefined>;

/**
 * Where a generated keyring lives when DATA_KEY is unset: beside the generated AUTH_SECRET, never in the
 * database (a copy of the database alone must not open its own values). One key per line, current first.
 */
export function keyFilePath(env: Env = process.env): string {
  return env.DATA_KEY_FILE ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "data-keys");
}

function ring(keys: DataKey[], source: Keyring["source"]): Keyring {
  return { current: keys[0], byId: new Map(keys.map((k) => [k.id, k])), source };
}

function readKeyFile(file: string): DataKey[] {
  const keys = readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map(parseDataKey);
  if (!keys.length) throw new Error(`${file} holds no data key`);
  return keys;
}

/**
 * DATA_KEY (and older keys in DATA_KEY_PREVIOUS, comma-separated, still readable during a rotation), or the
 * key file, created once with a fresh key. Created exclusively, so two processes starting together agree.
 */
export function loadKeyring(env: Env = process.env): Keyring {
  if (env.DATA_KEY) {
    const previous = (env.DATA_KEY_PREVIOUS ?? "").split(/[\s,]+/).filter(Boolean);
    return ring([env.DATA_KEY, ...previous].map(parseDataKey), "env");
  }
  const file = keyFilePath(env);
  try {
    return ring(readKeyFile(file), "file");
  } catch (err) {
    if (errorProp(err, "code") !== "ENOENT") throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, newDataKeyText() + "\n", { mode: 0o600, flag: "wx" });
  } catch (err) {
    if (errorProp(err, "code") !== "EEXIST") throw err;
  }
  return ring(readKeyFile(file), "file");
}

/** Puts a fresh key first in the key file (the older ones stay, to read what is not re-sealed yet). */
export function addKeyToFile(env: Env = process.env): DataKey {
  const file = keyFilePath(env);
  const old = readFileSync(file, "utf8");
  const text = newDataKeyText();
  writeFileSync(file, `${text}\n${old}`, { mode: 0o600 });
  return parseDataKey(text);
}

declare global {
  // The keys, read once per process (and again when the key file changes).
  var __keyring: Keyring | undefined;
  var __keyFileTime: number | undefined;
}
const cache = globalThis;

function keyFileTime(): number {
  try {
    return statSync(keyFilePath()).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The process's keyring, loaded on first use. A key file changed by `npm run keys:rotate` is read again,
 * so a running app seals new values under the new key as soon as the rotation starts.
 */
export function keyring(): Keyring {
  if (cache.__keyring?.source === "file" && cache.__keyFileTime !== keyFileTime()) cache.__keyring = undefined;
  if (!cache.__keyring) {
    cache.__keyring = loadKeyring();
    cache.__keyFileTime = cache.__keyring.source === "file" ? keyFileTime() : undefined;
  }
  return cache.__keyring;
}

/** The key a stored value names. */
export function keyById(id: string): DataKey {
  const found = keyring().byId.get(id);
  if (!found) throw new Error(`data key ${id} is not in the keyring (DATA_KEY / DATA_KEY_PREVIOUS or ${keyFilePath()})`);
  return found;
}

/** Forgets the loaded keyring (tests, and keys:rotate after it changed the file). */
export function resetKeyring(): void {
  cache.__keyring = undefined;
}
