import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { postgresStorage } from "./pg-storage";

/**
 * Where attachment bytes live, chosen by FILE_STORAGE: `local` (default, one machine) keeps them in a
 * folder; `postgres` keeps them in the database, so several app instances share them. An S3-compatible
 * object store would fit the same three calls; none is built.
 */
export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
}

// Keys are generated here, never taken from a person, so no name can walk out of the folder.
const KEY_SHAPE = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** A fresh storage key: random, meaningless, sharded into 256 sub-folders. */
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}

/** Refuses anything that is not a key made by newStorageKey. */
export function checkStorageKey(key: string): void {
  if (!KEY_SHAPE.test(key)) throw new Error("invalid storage key");
}

export function localFolderStorage(root: string): FileStorage {
  const resolve = (key: string) => {
    checkStorageKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
      // "wx": a key is written once; a collision is a bug, not an overwrite.
      await writeFile(file, data, { flag: "wx", mode: 0o640 });
    },
    async get(key) {
      return new Uint8Array(await readFile(resolve(key)));
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
  };
}

/** UPLOAD_DIR, else `<project>/storage/uploads`: outside `public/`, so nothing is served without a check. */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.UPLOAD_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), "storage", "uploads"));
}

export type FileStorageKind = "local" | "postgres";

/** FILE_STORAGE: `local` (the default) or `postgres`; anything else stops the caller with the variable's name. */
export function fileStorageKind(env: Record<string, string | undefined> = process.env): FileStorageKind {
  const kind = (env.FILE_STORAGE ?? "").trim() || "local";
  if (kind !== "local" && kind !== "postgres") throw new Error(`FILE_STORAGE must be "local" or "postgres", not "${kind}"`);
  return kind;
}

let defaultStorage: FileStorage | null = null;

export function fileStorage(): FileStorage {
  defaultStorage ??= fileStorageKind() === "postgres" ? postgresStorage(db) : localFolderStorage(uploadDir());
  return defaultStorage;
}
