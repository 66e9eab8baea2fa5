// Where this checkout's e2e run lives: ports and scratch folder from the environment (E2E_PORT, E2E_PGPORT,
// E2E_DIR), so two checkouts run their end-to-end tests side by side.
import path from "node:path";
import { DATABASE_NAME } from "@/lib/db/embedded";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PGPORT = Number(process.env.E2E_PGPORT ?? 25432);
export const E2E_DIR = process.env.E2E_DIR ?? "/tmp/rd-e2e";

/** The e2e server's own database (scripts/e2e-server.ts starts it on E2E_PGPORT, lib/db/embedded.ts names it). */
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${E2E_PGPORT}/${DATABASE_NAME}`;
export const E2E_UPLOAD_DIR = path.join(E2E_DIR, "uploads");
/** Signed-in browser states, one per demo account, written by auth.setup.ts (never committed). */
export const AUTH_DIR = path.join(E2E_DIR, ".auth");
