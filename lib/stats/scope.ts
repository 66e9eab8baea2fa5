import type { Principal } from "@/lib/auth/types";
import type { PeriodInput } from "./period";

export type UnitOption = { id: string; code: string; nameZh: string; nameEn: string; townshipId: string | null };
export type TownshipOption = { id: string; code: string; nameZh: string; nameEn: string };
export type StatsOptions = { units: UnitOption[]; townships: TownshipOption[]; types: string[] };

/** What the SQL filters on; null = not filtered. Requests are counted for the unit that owns them. */
export type Scope = { unitId: string | null; townshipId: string | null; type: string | null };

export type ResolvedScope = {
  scope: Scope;
  unit: UnitOption | null;
  township: TownshipOption | null;
  /** A lead's unit is fixed by the server, whatever the address says. */
  unitLocked: boolean;
};

/** The page's and the CSV's query string, read the same way by both. */
export type StatsParams = { period: PeriodInput; type?: string; unit?: string; township?: string; after?: string };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === "" ? undefined : s.slice(0, 64);
}

export function parseStatsParams(params: RawParams): StatsParams {
  return {
    period: { kind: first(params, "period"), from: first(params, "from"), to: first(params, "to") },
    type: first(params, "type"),
    unit: first(params, "unit"),
    township: first(params, "township"),
    after: first(params, "after"),
  };
}

/** The query string that reproduces these params (for the CSV links and the next page of a list). */
export function statsQuery(p: StatsParams, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  const put = (k: string, v: string | undefined) => v && q.set(k, v);
  put("period", p.period.kind);
  put("from", p.period.from);
  put("to", p.period.to);
  put("type", p.type);
  put("unit", p.unit);
  put("township", p.township);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/**
 * Which requests this person's stats cover, or null when they may see no stats (→ 404).
 * LEAD: their own unit only, whatever `unit` says. ADMIN: the city, optionally one unit.
 * Unknown codes are ignored rather than matching nothing, so a stale link still shows figures; so is a
 * township for a township team's own unit (its cases are all in its township).
 */
export function resolveScope(p: Pick<Principal, "role" | "unitId">, params: StatsParams, options: StatsOptions): ResolvedScope | null {
  let unit: UnitOption | null;
  if (p.role === "LEAD") {
    unit = options.units.find((u) => u.id === p.unitId) ?? null;
    if (!unit) return null;
  } else if (p.role === "ADMIN") {
    unit = options.units.find((u) => u.code === params.unit) ?? null;
  } else return null;
  // A township team works one township: another township would only ever show zeros, so it is not a filter there.
  const township = unit?.townshipId ? null : (options.townships.find((t) => t.code === params.township) ?? null);
  const type = params.type && options.types.includes(params.type) ? params.type : null;
  return {
    scope: { unitId: unit?.id ?? null, townshipId: township?.id ?? null, type },
    unit,
    township,
    unitLocked: p.role === "LEAD",
  };
}

/**
 * The params that reproduce what is on screen (the period as resolved, codes the server accepted), so a
 * CSV link or a next-page link asks for the same figures even when the address held something unusable.
 */
export function effectiveParams(r: { period: { kind: string; firstDay: string; lastDay: string }; scope: ResolvedScope }): StatsParams {
  const { kind, firstDay, lastDay } = r.period;
  return {
    period: { kind, from: kind === "since" || kind === "range" ? firstDay : undefined, to: kind === "range" ? lastDay : undefined },
    type: r.scope.scope.type ?? undefined,
    unit: r.scope.unitLocked ? undefined : r.scope.unit?.code,
    township: r.scope.township?.code,
  };
}
