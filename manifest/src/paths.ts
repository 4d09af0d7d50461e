import { fileURLToPath } from "node:url";

/** The manifest workspace folder; the same from src/ (vitest) and dist/ (node). */
export const workspaceDir = fileURLToPath(new URL("..", import.meta.url));
export const appDir = fileURLToPath(new URL("../app/", import.meta.url));
export const buildDir = fileURLToPath(new URL("../build/", import.meta.url));
export const repoDir = fileURLToPath(new URL("../../", import.meta.url));
