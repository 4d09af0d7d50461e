// A Vite plugin for the browser apps: after the build, prints the JavaScript a page loads before it can paint
// (its entry chunk and every chunk that chunk imports statically), gzipped, and fails the build above a limit.
// Lazily imported chunks (dynamic import()) are not counted: they load when a view needs them.
import { gzipSync } from "node:zlib";

/** @param {{ entry: string; limitKb: number }} options `entry`: the name of a build input (e.g. `taskpane`). */
export function initialJavaScript({ entry, limitKb }) {
  return {
    name: "convenor-initial-javascript",
    apply: "build",
    /** @param {unknown} _options @param {Record<string, any>} bundle */
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === "chunk");
      const root = chunks.find((chunk) => chunk.isEntry && chunk.name === entry);
      if (!root) throw new Error(`initial-javascript: no entry chunk for ${entry}`);
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const seen = new Set();
      const visit = (chunk) => {
        if (!chunk || seen.has(chunk.fileName)) return;
        seen.add(chunk.fileName);
        for (const name of chunk.imports) visit(byName.get(name));
      };
      visit(root);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(byName.get(name).code).length, 0);
      const kb = bytes / 1024;
      console.log(
        `Initial JavaScript of ${entry}: ${kb.toFixed(1)} KB gzipped in ${seen.size} chunk(s) (limit ${limitKb} KB)`,
      );
      if (kb > limitKb) throw new Error(`Initial JavaScript of ${entry} is over ${limitKb} KB gzipped.`);
    },
  };
}
