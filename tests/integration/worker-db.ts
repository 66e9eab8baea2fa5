/** Integration test files run side by side, this many at a time, each worker on a database of its own. */
export const INTEGRATION_WORKERS = Number(process.env.INTEGRATION_WORKERS ?? 2);

/** The database of one vitest worker (VITEST_POOL_ID 1…INTEGRATION_WORKERS): a copy of the migrated one. */
export function workerDatabaseUrl(baseUrl: string, poolId: string | undefined): string {
  const id = Number(poolId ?? "1");
  if (!Number.isInteger(id) || id < 1 || id > INTEGRATION_WORKERS)
    throw new Error(`no test database for vitest pool ${poolId} (INTEGRATION_WORKERS is ${INTEGRATION_WORKERS})`);
  const u = new URL(baseUrl);
  u.pathname = `/${u.pathname.slice(1)}_w${id}`;
  return u.toString();
}
