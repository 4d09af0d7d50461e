import type { Plugin } from "vite";

export function initialJavaScript(options: { entry: string; limitKb: number }): Plugin;
