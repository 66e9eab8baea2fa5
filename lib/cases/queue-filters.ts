import { z } from "zod";
import { STATUSES } from "@/lib/workflow/state-machine";
import { withoutControlCharacters } from "@/lib/checks/text";

export const QUEUE_TABS = ["unassigned", "mine", "open", "overdue", "waiting", "resolved", "all"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;
export const ASSIGNEE_FILTERS = ["me", "unassigned", "any"] as const;

// Anything unrecognised in the address is dropped rather than refused: a shared link from an older
// version still opens the queue.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);

const schema = z.object({
  tab: optional(z.enum(QUEUE_TABS)),
  status: optional(z.enum(STATUSES)),
  type: optional(z.string().regex(/^[A-Z][A-Z0-9_]{0,40}$/)),
  priority: optional(z.enum(PRIORITIES)),
  overdue: optional(z.literal("1")),
  assignee: optional(z.enum(ASSIGNEE_FILTERS)),
  township: optional(z.string().regex(/^[A-Z0-9_]{1,40}$/)),
  unit: optional(z.string().regex(/^[A-Z0-9_]{1,40}$/)),
  // A search word never needs control characters, and PostgreSQL refuses a NUL in text.
  q: optional(z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(100))),
  cursor: optional(z.string().max(200)),
});

export type QueueFilters = Omit<z.infer<typeof schema>, "tab"> & { tab: QueueTab };

type Params = Record<string, string | string[] | undefined>;

/** The queue's view from the address (?tab=…&status=…), so a view can be shared as a link. */
export function parseQueueFilters(params: Params): QueueFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = schema.parse(flat);
  // Asking for a status by name means "show me those", whichever tab would normally hide them.
  return { ...parsed, tab: parsed.tab ?? (parsed.status ? "all" : "open") };
}

/** The address of a view: the same filters with some changed (undefined removes one); paging restarts unless a cursor is given. */
export function queueHref(filters: Partial<QueueFilters>, change: Partial<Record<keyof QueueFilters, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { ...filters, cursor: undefined, ...change };
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v) search.set(k, v);
  const s = search.toString();
  return s ? `/queue?${s}` : "/queue";
}
