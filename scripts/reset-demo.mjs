// Deletes the local demo data (SQLite store, Graph sandbox files) so the next `npm start` seeds afresh.
// The local sign-in key is kept, so tokens issued before the reset still validate.
import { rm } from "node:fs/promises";
import { resolve } from "node:path";

const dataDir = resolve(process.env.DATA_DIR ?? "data");
for (const entry of [
  "convenor.sqlite",
  "convenor.sqlite-wal",
  "convenor.sqlite-shm",
  "graph-sandbox",
  "sharepoint",
]) {
  await rm(resolve(dataDir, entry), { recursive: true, force: true });
}
console.log(`Demo data removed from ${dataDir}; the next npm start seeds it again.`);
