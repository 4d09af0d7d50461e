import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { initialJavaScriptBudget } from "./initial-javascript-budget.js";

/** The tab is served by the service under /tab/; the build fails if its first load outgrows the budget. */
export default defineConfig({
  base: "/tab/",
  plugins: [react(), initialJavaScriptBudget({ app: "Teams tab", maxGzipKb: 250 })],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
});
