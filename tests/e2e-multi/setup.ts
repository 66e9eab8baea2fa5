// Where the two-instance e2e runs: its own ports and scratch folder (E2E_MULTI_*), so it can run beside the main e2e.
const env = process.env;

export const MULTI = {
  portA: Number(env.E2E_MULTI_PORT_A ?? 3110),
  portB: Number(env.E2E_MULTI_PORT_B ?? 3111),
  pgPort: Number(env.E2E_MULTI_PGPORT ?? 25433),
  dir: env.E2E_MULTI_DIR ?? "/tmp/rd-e2e-multi",
};

export const URL_A = `http://127.0.0.1:${MULTI.portA}`;
export const URL_B = `http://127.0.0.1:${MULTI.portB}`;
export const MULTI_DB = `postgresql://postgres:postgres@127.0.0.1:${MULTI.pgPort}/resumption_desk`;
