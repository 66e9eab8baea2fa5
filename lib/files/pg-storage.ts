import type { Db } from "@/lib/db";
import { checkStorageKey, type FileStorage } from "./storage";

/**
 * Attachment bytes in the app's own PostgreSQL (`FileBlob`, one bytea per file), for several app instances
 * that share no folder: any instance reads what another wrote, backups (pg_dump) carry the files, and
 * nothing else has to run. bytea rather than large objects: files are at most 10 MB (far under bytea's
 * 1 GB), a row goes with its delete (large objects need lo_unlink, or they are orphaned), and Prisma reads
 * and writes it like any column. PostgreSQL stores the value out of line in ~2 KB TOAST chunks.
 */
export function postgresStorage(db: Db): FileStorage {
  return {
    async put(key, data) {
      checkStorageKey(key);
      // create, not upsert: a key is written once; a collision is a bug, not an overwrite.
      await db.fileBlob.create({ data: { key, data: new Uint8Array(data), size: data.length } });
    },
    async get(key) {
      checkStorageKey(key);
      const row = await db.fileBlob.findUnique({ where: { key }, select: { data: true } });
      if (!row) throw new Error("no such stored file");
      return new Uint8Array(row.data);
    },
    async delete(key) {
      checkStorageKey(key);
      await db.fileBlob.deleteMany({ where: { key } });
    },
  };
}
