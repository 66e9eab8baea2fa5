import "server-only";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { authenticateApiKey } from "./keys";
import type { ApiKeyPrincipal } from "@/lib/requests/key-scope";
import { takeCall } from "./rate-limit";
import { wordsFor, type Words } from "@/lib/messages/translate";
import { callerLocale, fieldMessage } from "./words";

/** An expected refusal with its HTTP status, error code and message key (under `api.errors`). */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly messageKey: string,
    public readonly fields?: Record<string, string[]>,
  ) {
    super(code);
    this.name = "ApiError";
  }
}

export type ApiContext = { key: ApiKeyPrincipal; locale: Locale; t: Words; now: Date; url: URL; audit: { reference?: string } };

type RouteArgs<P> = { params: Promise<P> };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function errorBody(t: Words, code: string, messageKey: string, fields?: Record<string, string[]>) {
  return {
    error: {
      code,
      message: t(`api.errors.${messageKey}`),
      ...(fields && {
        fields: Object.fromEntries(Object.entries(fields).map(([f, codes]) => [f, codes.map((c) => ({ code: c, message: fieldMessage(t, c) }))])),
      }),
    },
  };
}

/** The expected failures of the domain, as the API answers them; anything else is a 500 logged once. */
function refusal(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof NotFoundError) return new ApiError(404, "not_found", "notFound");
  if (err instanceof ValidationError) return new ApiError(400, "invalid", "invalid", err.fieldErrors);
  if (err instanceof ConflictError) return new ApiError(409, "conflict", "conflict");
  if (err instanceof ForbiddenError) {
    const known: Record<string, string> = { unit_not_granted: "unitNotGranted" };
    return new ApiError(403, "forbidden", known[err.message] ?? "forbidden");
  }
  return null;
}

function answerFailure(err: unknown, t: Words, method: string, path: string): Response {
  const r = refusal(err);
  if (r) return json(errorBody(t, r.code, r.messageKey, r.fields), r.status);
  const id = crypto.randomUUID();
  console.error(`[api] ${method} ${path} failed (${id}):`, err instanceof Error ? err.message : String(err));
  return json(errorBody(t, "internal", "internal"), 500, { "x-request-id": id });
}

/**
 * Wraps an /api/v1 route handler: the key (Bearer), its per-minute limit, read or write, the answer to any
 * expected refusal in the caller's language, and one ApiCall row for every call a key made, refused or not.
 */
export function apiRoute<P = Record<string, never>>(
  opts: { write?: boolean },
  handle: (req: Request, ctx: ApiContext, params: P) => Promise<Response>,
): (req: Request, route: RouteArgs<P>) => Promise<Response> {
  return async (req, route) => {
    const url = new URL(req.url);
    const locale = callerLocale(req);
    const t = wordsFor(locale);
    const raw = req.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const key = await authenticateApiKey(raw);
    if (!key) return json(errorBody(t, "unauthorized", "unauthorized"), 401, { "www-authenticate": 'Bearer realm="api"' });

    const now = new Date();
    const ctx: ApiContext = { key, locale, t, now, url, audit: {} };
    let res: Response;
    const rate = await takeCall(key.id, key.rateLimit, now);
    const rateHeaders = {
      "x-ratelimit-limit": String(rate.limit),
      "x-ratelimit-remaining": String(rate.remaining),
      "x-ratelimit-reset": String(Math.ceil(rate.resetAt.getTime() / 1000)),
    };
    if (!rate.allowed) {
      res = json(errorBody(t, "rate_limited", "rateLimited"), 429, {
        ...rateHeaders,
        "retry-after": String(Math.max(1, Math.ceil((rate.resetAt.getTime() - now.getTime()) / 1000))),
      });
    } else if (opts.write && !key.canWrite) {
      res = json(errorBody(t, "forbidden", "readOnly"), 403, rateHeaders);
    } else {
      try {
        res = await handle(req, ctx, await route.params);
      } catch (err) {
        res = answerFailure(err, t, req.method, url.pathname);
      }
      for (const [h, v] of Object.entries(rateHeaders)) res.headers.set(h, v);
    }
    await db.$transaction([
      db.apiCall.create({
        data: { keyId: key.id, method: req.method, path: url.pathname, status: res.status, reference: ctx.audit.reference ?? null, at: now },
      }),
      db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } }),
    ]);
    return res;
  };
}

/** The body as JSON, or a 400 saying it is not. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ApiError(400, "invalid", "invalidJson");
  }
}
