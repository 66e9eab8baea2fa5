import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { person } from "@/lib/workflow/actor";
import { recordEvent } from "@/lib/workflow/record";
import { newStorageKey, type FileStorage } from "./storage";
import type { PreparedFile } from "./uploads";

export type StoredFile = PreparedFile & { storageKey: string };

/**
 * Writes the files' bytes, then runs `work` (the transaction that records them). If `work` fails the
 * bytes are removed again, so a refused or rolled-back submission leaves no orphan files behind.
 */
export async function withStoredFiles<T>(storage: FileStorage, files: PreparedFile[], work: (stored: StoredFile[]) => Promise<T>): Promise<T> {
  const stored: StoredFile[] = [];
  try {
    for (const f of files) {
      const storageKey = newStorageKey();
      await storage.put(storageKey, f.bytes);
      stored.push({ ...f, storageKey });
    }
    return await work(stored);
  } catch (err) {
    await discardFiles(storage, stored);
    throw err;
  }
}

export async function discardFiles(storage: FileStorage, stored: StoredFile[]): Promise<void> {
  await Promise.all(stored.map((s) => storage.delete(s.storageKey).catch(() => undefined)));
}

type AttachTarget = { requestId: string; uploaderId: string; replyId?: string; visibility: "PUBLIC" | "INTERNAL"; now: Date };

/** Records stored files against a request (and a reply), with one ATTACHMENT event naming them. */
export async function recordAttachments(tx: Tx, stored: StoredFile[], target: AttachTarget): Promise<string[]> {
  if (stored.length === 0) return [];
  const rows = await tx.attachment.createManyAndReturn({
    data: stored.map((s): Prisma.AttachmentCreateManyInput => ({
      requestId: target.requestId,
      replyId: target.replyId ?? null,
      uploaderId: target.uploaderId,
      originalName: s.originalName,
      storageKey: s.storageKey,
      mime: s.mime,
      size: s.size,
      sha256: s.sha256,
      visibility: target.visibility,
      createdAt: target.now,
    })),
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  await recordEvent(tx, target.requestId, person({ id: target.uploaderId }), target.now, {
    kind: "ATTACHMENT",
    visibility: target.visibility,
    text: stored.map((s) => s.originalName).join(", "),
    data: { attachmentIds: ids, ...(target.replyId && { replyId: target.replyId }) },
  });
  return ids;
}
