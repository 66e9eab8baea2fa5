import { z } from "zod";

// Expected failures, each turned into a message for the person or the 404 page by the caller.

/** The record does not exist, or the person may not know it exists. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** The person may see the record but not do this to it. */
export class ForbiddenError extends Error {
  constructor(message = "forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Someone else changed the record first (optimistic concurrency) or a unique value is taken. */
export class ConflictError extends Error {
  constructor(public readonly code: string = "conflict") {
    super(code);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a domain rule; `fieldErrors` maps fields to message keys. */
export class ValidationError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message = "invalid",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A zod failure as the message codes of each field (the form kit and the API both show them by field). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(z.flattenError(error).fieldErrors)) if (Array.isArray(codes)) out[field] = codes.map(String);
  return out;
}

/** One property of something thrown (a driver's `code`, SMTP's `responseCode`, a `cause`), whatever was thrown. */
export function errorProp(err: unknown, key: string): unknown {
  return typeof err === "object" && err !== null && key in err ? Reflect.get(err, key) : undefined;
}

/** True when PostgreSQL cancelled a statement for running past its statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = errorProp(e, "cause"), depth++) {
    const text = `${String(errorProp(e, "code") ?? "")} ${JSON.stringify(errorProp(e, "meta") ?? "")} ${e instanceof Error ? e.message : ""}`;
    if (/57014|statement timeout/i.test(text)) return true;
  }
  return false;
}
