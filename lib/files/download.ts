import "server-only";
import type { Principal } from "@/lib/auth/types";
import { isUnitStaff } from "@/lib/cases/authorize";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { visibleRequests } from "@/lib/requests/access";
import { fileStorage, type FileStorage } from "./storage";
import { hasControlCharacters } from "@/lib/checks/text";

export type Download = { name: string; mime: string; bytes: Uint8Array };

/**
 * The file if this person may see it: its request must be visible to them, and files of internal
 * notes are for unit staff only. Anything else — another enterprise's file, an unknown id — is the
 * same NotFoundError, so a guessed id reveals nothing.
 */
export async function openAttachment(p: Principal, id: string, storage: FileStorage = fileStorage()): Promise<Download> {
  if (hasControlCharacters(id)) throw new NotFoundError("attachment");
  const att = await db.attachment.findFirst({
    where: { id, request: visibleRequests(p) },
    select: { originalName: true, mime: true, storageKey: true, visibility: true, reply: { select: { visibility: true } } },
  });
  if (!att) throw new NotFoundError("attachment");
  const internal = att.visibility === "INTERNAL" || att.reply?.visibility === "INTERNAL";
  if (internal && !isUnitStaff(p)) throw new NotFoundError("attachment");
  try {
    return { name: att.originalName, mime: att.mime, bytes: await storage.get(att.storageKey) };
  } catch {
    // The row outlived its bytes (a restored database without the upload folder): nothing to serve.
    throw new NotFoundError("attachment");
  }
}
