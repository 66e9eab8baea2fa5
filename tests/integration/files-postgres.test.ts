import { beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addRequestFiles } from "@/lib/files/add";
import { openAttachment } from "@/lib/files/download";
import { postgresStorage } from "@/lib/files/pg-storage";
import { newStorageKey } from "@/lib/files/storage";
import { minimalPdf, plainPng } from "@/lib/files/test-images";
import { prepareUploads } from "@/lib/files/uploads";
import { submitRequest } from "@/lib/intake/submit";
import { formKey, generalDetails, makeIntakeWorld } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
const NOW = new Date("2026-11-27T10:00:00+08:00");

beforeEach(() => resetDb());

describe("FILE_STORAGE=postgres", () => {
  it("a file one app instance stored is served by another (its own connection pool), byte for byte", async () => {
    const w = await makeIntakeWorld(db);
    const instanceA = postgresStorage(db);
    const otherPool = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const instanceB = postgresStorage(otherPool);
      const { reference } = await submitRequest(
        w.as.staff,
        { type: "GENERAL", details: generalDetails(), idempotencyKey: formKey(), files: prepareUploads([{ name: "装箱单.pdf", bytes: minimalPdf() }]) },
        NOW,
        instanceA,
      );
      const req = await db.request.findUniqueOrThrow({ where: { reference }, select: { attachments: { select: { id: true, storageKey: true } } } });
      const [att] = req.attachments;
      const got = await openAttachment(w.as.officer, att!.id, instanceB);
      expect(got.name).toBe("装箱单.pdf");
      expect(Buffer.from(got.bytes)).toEqual(Buffer.from(minimalPdf()));
      expect(await db.fileBlob.count()).toBe(1);
    } finally {
      await otherPool.$disconnect();
    }
  });

  it("a refused addition leaves no bytes behind, and a row without its bytes is a 404", async () => {
    const w = await makeIntakeWorld(db);
    const storage = postgresStorage(db);
    const { reference } = await submitRequest(w.as.staff, { type: "GENERAL", details: generalDetails(), idempotencyKey: formKey() }, NOW, storage);
    const five = prepareUploads(Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.png`, bytes: plainPng() })));
    const [first] = await addRequestFiles(w.as.staff, reference, five, { now: NOW, storage });
    expect(await db.fileBlob.count()).toBe(5);
    // The request already holds five: the sixth is refused and its bytes removed again.
    await expect(addRequestFiles(w.as.staff, reference, prepareUploads([{ name: "x.pdf", bytes: minimalPdf() }]), { now: NOW, storage })).rejects.toMatchObject(
      { fieldErrors: { files: ["tooManyFiles"] } },
    );
    expect(await db.fileBlob.count()).toBe(5);

    const att = await db.attachment.findUniqueOrThrow({ where: { id: first! }, select: { storageKey: true } });
    await storage.delete(att.storageKey);
    await expect(openAttachment(w.as.staff, first!, storage)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("writes a key once and refuses keys it did not make", async () => {
    const storage = postgresStorage(db);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1, 2, 3]));
    await expect(storage.put(key, new Uint8Array([4]))).rejects.toThrow();
    expect([...(await storage.get(key))]).toEqual([1, 2, 3]);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.put("ab/../x", new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
  });
});
