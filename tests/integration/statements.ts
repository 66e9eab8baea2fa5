import pg from "pg";
import { afterEach, beforeEach } from "vitest";

// Every statement any client of this process sends goes through pg.Client#query (Prisma's pg adapter too).
const original = pg.Client.prototype.query;

/**
 * Records the statements this process sends while a test runs (transaction control left out): call
 * `counted(fn)` around one page's work to get how many it sent.
 */
export function countStatements() {
  let statements: string[] = [];
  beforeEach(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0];
      statements.push(typeof config === "string" ? config : String((config as { text?: string })?.text));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  });
  afterEach(() => {
    pg.Client.prototype.query = original;
  });
  return async function counted<T>(work: () => Promise<T>): Promise<{ count: number; statements: string[]; value: T }> {
    statements = [];
    const value = await work();
    const sent = statements.filter((s) => !/^\s*(BEGIN|COMMIT|DEALLOCATE)/i.test(s));
    return { count: sent.length, statements: sent, value };
  };
}
