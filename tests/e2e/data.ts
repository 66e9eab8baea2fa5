// Rows an e2e test changes, made by the test itself through the app's own domain functions, in the
// database of the server Playwright started (playwright.config.ts). Tests then run in parallel and in
// any order: none depends on a seeded row being in a state another test may have changed.
import { randomInt, randomUUID } from "node:crypto";
import { loadPrincipal } from "@/lib/auth/principal";
import { performCaseAction, type CaseCommand } from "@/lib/cases/perform";
import { db } from "@/lib/db";
import { registerEnterprise } from "@/lib/enterprises/register";
import { registrationSchema } from "@/lib/enterprises/schemas";
import { decideRegistration } from "@/lib/enterprises/verification";
import { prepareUploads } from "@/lib/files/uploads";
import { submitRequest } from "@/lib/intake/submit";
import { usccCheckChar } from "@/lib/checks/uscc";
import { validDetails } from "../fixtures/intake";
import { E2E_DATABASE_URL, E2E_UPLOAD_DIR } from "./env";

// Set before the first query: lib/db creates its client on first use, lib/files/storage its folder.
process.env.DATABASE_URL = E2E_DATABASE_URL;
process.env.UPLOAD_DIR = E2E_UPLOAD_DIR;

/** Who the app would see behind this email's session. */
export async function principalOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, tokenVersion: true } });
  const p = await loadPrincipal(user.id, user.tokenVersion);
  if (!p) throw new Error(`${email} cannot act (disabled?)`);
  return p;
}

/** A valid credit code no other worker will draw (the factory's counter is per process). */
function uniqueUscc(): string {
  const body = `91330782MA${String(randomInt(1e7)).padStart(7, "0")}`;
  return body + usccCheckChar(body);
}

export type Company = { id: string; name: string; email: string; password: string };

/**
 * A company of its own for one test: registered with one staff account, as the registration form does,
 * and verified by an officer of its township (so it may file requests). `township` is a seeded code.
 */
export async function newCompany(opts: { township?: string; name?: string } = {}): Promise<Company> {
  const tag = randomUUID().slice(0, 8);
  const township = await db.township.findUniqueOrThrow({ where: { code: opts.township ?? "CHIAN" }, select: { id: true } });
  const name = opts.name ?? `e2e测试企业${tag}有限公司`;
  const email = `staff.${tag}@e2e-company.test`;
  const password = `e2e company password ${tag}`;
  const input = registrationSchema.parse({
    companyName: name,
    uscc: uniqueUscc(),
    townshipId: township.id,
    address: "义乌市测试路8号",
    contactName: "测试联系人",
    contactPhone: "13800001234",
    whitelisted: false,
    aboveScale: false,
    name: "测试员工",
    email,
    password,
  });
  const { enterpriseId } = await registerEnterprise(input);
  // A seeded officer: accounts other tests open meanwhile (e2e.…) may not have a password yet.
  const verifier = await db.user.findFirstOrThrow({
    where: { role: { in: ["OFFICER", "LEAD"] }, active: true, unit: { townshipId: township.id }, NOT: { email: { startsWith: "e2e." } } },
    orderBy: { email: "asc" },
    select: { email: true },
  });
  await decideRegistration(await principalOf(verifier.email), enterpriseId, { decision: "verify" });
  return { id: enterpriseId, name, email, password };
}

/** A request filed by this enterprise staff member (valid details of its type unless given); its reference. */
export async function fileRequest(
  staffEmail: string,
  type: "SUPPLY_CHAIN_HANDOFF" | "VISA_EXTENSION" | "PASSPORT_EXPEDITE" | "GENERAL",
  opts: { details?: Record<string, unknown>; files?: { name: string; bytes: Uint8Array }[] } = {},
): Promise<string> {
  const { reference } = await submitRequest(await principalOf(staffEmail), {
    type,
    details: opts.details ?? validDetails(type, new Date()),
    idempotencyKey: randomUUID(),
    files: opts.files ? prepareUploads(opts.files) : [],
  });
  return reference;
}

/** Moves a case on as this person would from its page (accept, start, ask…), at its current version. */
export async function actOn(email: string, reference: string, ...commands: CaseCommand[]): Promise<void> {
  const p = await principalOf(email);
  for (const cmd of commands) {
    const { version } = await db.request.findUniqueOrThrow({ where: { reference }, select: { version: true } });
    await performCaseAction(p, reference, version, cmd);
  }
}
