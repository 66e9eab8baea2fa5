import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/log";
import { db, type Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { tellAccountOwner } from "./tell-owner";
import type { Registration } from "./schemas";

/** Townships to register in, in the page's language order. */
export function listTownships() {
  return db.township.findMany({ orderBy: { code: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

/**
 * Registers a company and its first staff account in one transaction. The company stays PENDING until
 * an officer of its township verifies it. A USCC or email already registered is refused on its field,
 * also when two registrations race (the unique indexes decide).
 */
export async function registerEnterprise(input: Registration, now = new Date()): Promise<{ userId: string; enterpriseId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertFree(tx, input);
      const township = await tx.township.findUnique({ where: { id: input.townshipId }, select: { id: true } });
      if (!township) throw new ValidationError({ townshipId: ["choice"] });
      const enterprise = await tx.enterprise.create({
        data: {
          name: input.companyName,
          uscc: input.uscc,
          townshipId: township.id,
          park: input.park,
          address: input.address,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          whitelisted: input.whitelisted,
          aboveScale: input.aboveScale,
          contactEmail: input.email,
          status: "PENDING",
          createdAt: now,
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          phone: input.contactPhone,
          role: "ENTERPRISE",
          enterpriseId: enterprise.id,
          passwordHash,
          createdAt: now,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "enterprise.register",
        entity: "Enterprise",
        entityId: enterprise.id,
        after: { name: input.companyName, uscc: input.uscc },
      });
      return { userId: user.id, enterpriseId: enterprise.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") await assertFree(db, input);
    throw err;
  }
}

/** A company is registered once (by its USCC); an email belongs to one account. */
async function assertFree(client: Tx | typeof db, input: Pick<Registration, "uscc" | "email">) {
  const [company, account] = await Promise.all([
    client.enterprise.findUnique({ where: { uscc: input.uscc }, select: { id: true } }),
    client.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (company) errors.uscc = ["usccTaken"];
  if (account) errors.email = ["emailTaken"];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/**
 * What /register does: registers, or — when the email already has an account — tells that account's
 * owner by email and answers exactly as if it had worked, so the form reveals nobody's account.
 * A USCC already registered is still said (a company's registration is not a secret of its staff).
 */
export async function registerOrTellOwner(input: Registration, origin: string, now = new Date()): Promise<void> {
  try {
    await registerEnterprise(input, now);
  } catch (err) {
    if (!(err instanceof ValidationError) || !err.fieldErrors.email?.includes("emailTaken")) throw err;
    const { email: _taken, ...others } = err.fieldErrors;
    if (Object.keys(others).length) throw new ValidationError(others);
    await tellAccountOwner(db, input.email, "register", { loginUrl: `${origin}/login` }, now);
  }
}
