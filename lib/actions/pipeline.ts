import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import type { Principal } from "@/lib/auth/types";
import { ConflictError, fieldErrors, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { markStatsStale } from "@/lib/stats/freshness";
import { incomingFiles, prepareUploads, UploadRefusedError, type PreparedFile } from "@/lib/files/uploads";
import { blankToEmpty, cleanValues, formValues, hostileFields, textFields, type FormState } from "./form-state";

/** What a domain call may answer with besides "done": a message code, values to show, a one-time link, a result. */
export type Outcome<R = unknown> = Omit<FormState<R>, "ok" | "seq" | "errors"> & {
  /** Where to go once done (after the declared paths are revalidated). */
  redirect?: string;
};

type Who = readonly Role[] | "anyone";
/** A page path, or `{ layout }` for everything under a layout (e.g. the header's counts on every page). */
export type Revalidate = string | { layout: string };
type PrincipalFor<W extends Who> = W extends "anyone" ? null : Principal;

export type ActionDef<S extends z.ZodType, W extends Who, R> = {
  /** A name for the log line of an unexpected failure. */
  name: string;
  /** Who may call it; anyone else gets the 404 page (or sign-in, without a session). */
  roles: W;
  /** The shape of the form; its messages are short codes the form translates in its own catalog. */
  schema: S;
  /** How the form is read into the schema's input (default: all its text fields, secrets included). */
  read?: (formData: FormData) => unknown;
  /** Form fields never echoed back (secrets, hidden plumbing). Anything named like a password never is. */
  omit?: string[];
  /** Reads the "files" field and checks every file before the domain call writes anything. */
  files?: boolean;
  /** Paths whose pages change when this succeeds, or when someone else's change won (a conflict). */
  revalidate?: (input: z.infer<S>) => Revalidate[];
  /** Where to send the person when someone else acted first and nothing they typed is at stake. */
  conflictRedirect?: (input: z.infer<S>, err: ConflictError) => string | undefined;
  run: (ctx: { principal: PrincipalFor<W>; input: z.infer<S>; files: PreparedFile[]; formData: FormData }) => Promise<Outcome<R> | void>;
};

/**
 * The one path every form write takes: read the form once, check who is asking, parse, run the domain
 * call, and answer. Expected failures become form state (validation → field errors; a refused upload →
 * the file named; a conflict → the fresh page with what was typed kept; not found → 404); anything else
 * is logged once with a request id while the person keeps what they typed and is asked to try again.
 */
export function formAction<S extends z.ZodType, W extends Who, R = unknown>(def: ActionDef<S, W, R>) {
  return async function action(_prev: FormState<R>, formData: FormData): Promise<FormState<R>> {
    const values = formValues(formData, def.omit);
    const seq = Date.now();
    let target: string | undefined;
    let input: z.infer<S> | undefined;
    try {
      const principal = (def.roles === "anyone" ? null : await requireRole(...(def.roles as readonly Role[]))) as PrincipalFor<W>;
      const hostile = hostileFields(formData);
      if (hostile) return { errors: hostile, message: "invalid", values: cleanValues(values), seq };
      const parsed = def.schema.safeParse(def.read ? def.read(formData) : blankToEmpty(textFields(formData)));
      if (!parsed.success) return { errors: fieldErrors(parsed.error), message: "invalid", values, seq };
      input = parsed.data;
      const files = def.files ? prepareUploads(await incomingFiles(formData.getAll("files"))) : [];
      const outcome = (await def.run({ principal, input: parsed.data, files, formData })) ?? {};
      refreshPages(def.revalidate?.(parsed.data));
      markStatsStale();
      const { redirect: to, ...rest } = outcome;
      if (!to) return { ok: true, ...rest, seq };
      target = to;
    } catch (err) {
      unstable_rethrow(err);
      const refresh = () => {
        if (input !== undefined) refreshPages(def.revalidate?.(input));
      };
      const elsewhere = err instanceof ConflictError && input !== undefined ? def.conflictRedirect?.(input, err) : undefined;
      if (!elsewhere) return failed(err, values, seq, refresh, def.name);
      refresh();
      target = elsewhere;
    }
    redirect(target);
  };
}

function refreshPages(paths: Revalidate[] = []) {
  for (const p of paths) {
    if (typeof p === "string") revalidatePath(p);
    else revalidatePath(p.layout, "layout");
  }
}

/** Expected failures as form state, in one place; anything unexpected is logged once and asked to retry. */
function failed<R>(err: unknown, values: Record<string, string>, seq: number, refresh: () => void, name: string): FormState<R> {
  if (err instanceof NotFoundError) notFound();
  if (err instanceof UploadRefusedError) return { errors: err.fieldErrors, message: "invalid", values, fileName: err.fileName ?? undefined, seq };
  if (err instanceof ValidationError) {
    const hasFields = Object.keys(err.fieldErrors).length > 0;
    return { errors: err.fieldErrors, message: hasFields ? "invalid" : err.message, values, seq };
  }
  if (err instanceof ForbiddenError) {
    // A step out of reach of this person is a 404; a named refusal they could see is a message.
    if (err.message === "forbidden" || err.message === "enterprise_only") notFound();
    return { message: err.message, values, seq };
  }
  if (err instanceof ConflictError) {
    // Someone else acted first (or a value is taken): the page shows the current state, the text stays.
    refresh();
    const field = CONFLICT_FIELDS[err.code];
    return field ? { errors: { [field]: [err.code] }, message: "invalid", values, seq } : { message: err.code, values, seq };
  }
  const requestId = randomUUID();
  // The error's own name and message only: never the form's values (they may hold passport numbers).
  const what = err instanceof Error ? `${err.name}: ${err.message.split("\n")[0]}` : String(err);
  console.error(`[action] ${name} failed requestId=${requestId} ${what}`);
  return { message: "retry", requestId, values, seq };
}

// Conflicts that belong to one field rather than to the whole form.
const CONFLICT_FIELDS: Record<string, string> = { emailTaken: "email" };

/**
 * The same path for a form with nothing to answer (a language switch, sign-out, mark as read): who,
 * what shape, which domain call. Input that does not fit the schema does nothing; a missing record is
 * the 404 page; an unexpected failure is logged once with a request id and shown as the error page.
 */
export function plainAction<S extends z.ZodType, W extends Who>(
  def: Omit<ActionDef<S, W, never>, "files" | "omit" | "conflictRedirect" | "run"> & {
    run: (ctx: { principal: PrincipalFor<W>; input: z.infer<S> }) => Promise<{ redirect?: string } | void>;
  },
) {
  return async function action(formData: FormData): Promise<void> {
    let target: string | undefined;
    try {
      const principal = (def.roles === "anyone" ? null : await requireRole(...(def.roles as readonly Role[]))) as PrincipalFor<W>;
      const parsed = def.schema.safeParse(def.read ? def.read(formData) : textFields(formData));
      if (!parsed.success) return;
      target = (await def.run({ principal, input: parsed.data }))?.redirect;
      refreshPages(def.revalidate?.(parsed.data));
    } catch (err) {
      unstable_rethrow(err);
      if (err instanceof NotFoundError) notFound();
      const requestId = randomUUID();
      console.error(`[action] ${def.name} failed requestId=${requestId} ${err instanceof Error ? `${err.name}: ${err.message.split("\n")[0]}` : String(err)}`);
      throw err;
    }
    if (target) redirect(target);
  };
}
