// `npm run build:if-stale`: `next build` unless `.next` was built from these very sources (npm start and the
// e2e servers do the same before serving; npm test builds once, first, for the tiers that serve the app).
import { ROOT } from "../lib/db/schema-engine";
import { buildIfStale } from "./setup/build-hash";

buildIfStale(ROOT, process.env, (message) => console.log(`[build] ${message}`));
