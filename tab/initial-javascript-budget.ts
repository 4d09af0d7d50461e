import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

interface Chunk {
  type: "chunk";
  isEntry: boolean;
  imports: string[];
  code: string;
}

/**
 * Prints the gzipped size of the JavaScript a first visit loads (the entry chunk and everything it imports
 * statically; lazy views are not counted) and fails the build when it is over the budget.
 */
export function initialJavaScriptBudget(options: { app: string; maxGzipKb: number }): Plugin {
  return {
    name: "initial-javascript-budget",
    apply: "build",
    writeBundle(_output, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type === "chunk") chunks.set(fileName, item);
      }
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const [fileName, chunk] of chunks) if (chunk.isEntry) visit(fileName);
      const bytes = [...initial].reduce(
        (sum, fileName) => sum + gzipSync(chunks.get(fileName)?.code ?? "").length,
        0,
      );
      const kb = bytes / 1024;
      this.info(
        `${options.app}: initial JavaScript ${kb.toFixed(1)} KB gzipped (${initial.size} files; budget ${options.maxGzipKb} KB)`,
      );
      if (kb > options.maxGzipKb) {
        this.error(
          `${options.app}: initial JavaScript is ${kb.toFixed(1)} KB gzipped, over ${options.maxGzipKb} KB`,
        );
      }
    },
  };
}
