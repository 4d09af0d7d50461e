// Runs every benchmark in this folder in turn. Each prints its own ratios against a baseline measured in
// the same run; there are no pass/fail thresholds. `npm run bench -- graph` runs the ones whose file name
// contains "graph".
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2] ?? "";
const files = (await readdir(folder))
  .filter((file) => file.endsWith(".bench.ts") && file.includes(filter))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file.replace(/\.bench\.ts$/, "")} ===`);
  const module = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
  await module.run();
}
console.log(`\n${files.length} benchmark(s) run.`);
