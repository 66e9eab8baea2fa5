import "dotenv/config";
import { prepareDatabase, SEEDED } from "./setup/prepare";

// Brings the database at DATABASE_URL up to date and fills it as `npm start` would: reference data always,
// then the demo story (or, with DEMO_DATA=off, the first admin) when it has no users yet.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm start seeds its embedded database by itself)");
  process.exit(1);
}
const { seeded } = await prepareDatabase(url, process.env);
console.log(SEEDED[seeded]);
