import { Prisma } from "@/generated/prisma/client";
import type { Status } from "./state-machine";

/**
 * A status set (lib/workflow/statuses.ts) as a SQL list for raw queries: `r."status" IN (${sqlList(OPEN)})`.
 * Written as literals (the values are constants, never input), so the planner can match partial indexes.
 */
export function sqlList(set: readonly Status[]): Prisma.Sql {
  return Prisma.raw(set.map((s) => `'${s}'`).join(", "));
}
