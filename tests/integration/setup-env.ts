import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-test-secret";
// A fixed data key, so sealed values written by one test file open in another (and no key file is created).
process.env.DATA_KEY ??= "aW50ZWdyYXRpb24tdGVzdHMtZGF0YS1rZXktMzJieXQ=";
