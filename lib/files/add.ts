import "server-only";
import type { Principal } from "@/lib/auth/types";
import { isUnitStaff } from "@/lib/cases/authorize";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { visibleRequests } from "@/lib/requests/access";
import { isTerminal } from "@/lib/workflow/state-machine";
import { takeActionRate } from "@/lib/limits/action-rate";
import { recordAttachments, withStoredFiles } from "./attach";
import { fileStorage, type FileStorage } from "./storage";
import { MAX_FILES, UploadRefusedError, type PreparedFile } from "./uploads";

type AddOptions = { replyId?: string; visibility?: "PUBLIC" | "INTERNAL"; now?: Date; storage?: FileStorage; field?: string };

/**
 * Adds files to a request the person may see, or to one of its replies (the reply's visibility then
 * applies). At most 5 files per request (its own files) and per reply, counted in the transaction.
 * Enterprise staff add public files while the request is open; unit staff may also add internal ones.
 */
export async function addRequestFiles(p: Principal, reference: string, files: PreparedFile[], opts: AddOptions = {}): Promise<string[]> {
  if (files.length === 0) return [];
  const now = opts.now ?? new Date();
  const field = opts.field ?? "files";
  const req = await db.request.findFirst({ where: { AND: [{ reference }, visibleRequests(p)] }, select: { id: true, status: true } });
  if (!req) throw new NotFoundError("request");
  const fromEnterprise = p.role === "ENTERPRISE";
  if (!fromEnterprise && !isUnitStaff(p)) throw new ForbiddenError();
  if (fromEnterprise && isTerminal(req.status)) throw new ConflictError("closed");
  let visibility = opts.visibility ?? "PUBLIC";
  if (fromEnterprise && visibility !== "PUBLIC") throw new ForbiddenError("public_only");

  return withStoredFiles(opts.storage ?? fileStorage(), files, (stored) =>
    db.$transaction(async (tx) => {
      if (opts.replyId) {
        const reply = await tx.reply.findFirst({ where: { id: opts.replyId, requestId: req.id, authorId: p.id }, select: { visibility: true } });
        if (!reply) throw new NotFoundError("reply");
        visibility = reply.visibility;
      }
      await takeActionRate(tx, p, "upload", files.length, now);
      // Serializes concurrent additions to the same request, so the cap holds.
      await tx.$queryRaw`SELECT 1 FROM "Request" WHERE "id" = ${req.id} FOR UPDATE`;
      const existing = await tx.attachment.count({ where: { requestId: req.id, replyId: opts.replyId ?? null } });
      if (existing + files.length > MAX_FILES) throw new UploadRefusedError(field, "tooManyFiles");
      return recordAttachments(tx, stored, { requestId: req.id, uploaderId: p.id, replyId: opts.replyId, visibility, now });
    }),
  );
}
