import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Test support, not package exports: tests (and test/tsconfig.json `paths`) resolve them from source.
      { find: /^@convenor\/shared\/testing$/, replacement: src("./shared/src/testing/index.ts") },
      { find: /^@convenor\/server\/testing$/, replacement: src("./server/src/testing/index.ts") },
      { find: /^@convenor\/shared$/, replacement: src("./shared/src/index.ts") },
      { find: /^@convenor\/bot$/, replacement: src("./bot/src/index.ts") },
      { find: /^@convenor\/server$/, replacement: src("./server/src/index.ts") },
      { find: /^@convenor\/server\/local$/, replacement: src("./server/src/local/index.ts") },
      { find: /^@convenor\/ui$/, replacement: src("./ui/src/index.ts") },
    ],
  },
  test: {
    include: ["{shared,bot,server,manifest,test,ui,tab,outlook-addin,scripts}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
