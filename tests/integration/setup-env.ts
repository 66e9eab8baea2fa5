import { inject } from "vitest";
import { workerDatabaseUrl } from "./worker-db";

// This worker's own copy of the migrated database (global-setup.ts), so files running side by side never
// empty each other's tables.
process.env.DATABASE_URL = workerDatabaseUrl(inject("databaseUrl"), process.env.VITEST_POOL_ID);
process.env.AUTH_SECRET ??= "integration-test-secret";
// A fixed data key, so sealed values written by one test file open in another (and no key file is created).
process.env.DATA_KEY ??= "aW50ZWdyYXRpb24tdGVzdHMtZGF0YS1rZXktMzJieXQ=";
