import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { initialJavaScript } from "../scripts/initial-javascript.mjs";

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: "/outlook/",
  plugins: [react(), initialJavaScript({ entry: "taskpane", limitKb: 250 })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { input: { taskpane: page("taskpane.html"), harness: page("harness.html") } },
  },
});
