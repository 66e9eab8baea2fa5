// What `npm run bench` prints: medians, ratios, and which plan nodes a query used.
import type pg from "pg";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
};

export type PlanSummary = {
  /** Distinct scan and sort nodes, e.g. "Index Scan on Request using Request_resolvedAt_idx". */
  nodes: string[];
  /** Rows the scans of Request produced or threw away: how much of the table one run touched. */
  requestRows: number;
  seqScanOnRequest: boolean;
  /** Rows every scan produced or threw away, all tables (a rollup read touches rollup rows only). */
  rowsTouched: number;
  /** Tables read by a sequential scan. */
  seqScans: string[];
};

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function ratio(a: number, b: number): string {
  return `${(a / Math.max(b, 0.001)).toFixed(1)}×`;
}

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** EXPLAIN ANALYZE of one query with its parameters. */
export async function explain(client: pg.Client, text: string, values: unknown[]): Promise<PlanSummary> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values);
  const nodes = new Set<string>();
  let requestRows = 0;
  let seqScanOnRequest = false;
  let rowsTouched = 0;
  const seqScans = new Set<string>();
  walk(rows[0]["QUERY PLAN"][0].Plan as PlanNode, (n) => {
    const type = n["Node Type"];
    if (!/Scan|Sort|Aggregate|Join|Nested Loop/.test(type)) return;
    const rel = n["Relation Name"];
    nodes.add(`${type}${rel ? ` on ${rel}` : ""}${n["Index Name"] ? ` using ${n["Index Name"]}` : ""}`);
    if (rel) {
      rowsTouched += ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) * (n["Actual Loops"] ?? 1);
      if (type === "Seq Scan") seqScans.add(rel);
    }
    if (rel === "Request") {
      const loops = n["Actual Loops"] ?? 1;
      requestRows += ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) * loops;
      if (type === "Seq Scan") seqScanOnRequest = true;
    }
  });
  return { nodes: [...nodes], requestRows, seqScanOnRequest, rowsTouched, seqScans: [...seqScans] };
}

export function formatPlan(p: PlanSummary): string {
  return `${p.seqScanOnRequest ? "⚠ WHOLE-TABLE SEQ SCAN · " : ""}${p.nodes.join(" | ")}`;
}
