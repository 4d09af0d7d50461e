import express, { Router } from "express";

export interface TabOptions {
  /** The tab's Vite build (`tab/dist`). */
  distDir: string;
  /** How the tab gets an API token: Teams SSO, or the local issuer's personas (local mode). */
  signIn: "teams" | "local-issuer";
}

/**
 * Only Microsoft 365 hosts may frame the tab (Teams, the Microsoft 365 app, Outlook; `*.cloud.microsoft` is
 * where their web clients are moving), against clickjacking.
 */
export const tabFrameAncestors = [
  "'self'",
  "https://*.cloud.microsoft",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
];

/**
 * The Teams tab at `/tab/`: its built files, and `config.json` telling it how to sign in. Hashed assets are
 * cached for good; the page itself is revalidated so a new build is picked up at once.
 */
export function tabRoutes(options: TabOptions): Router {
  const router = Router();

  router.use((_req, res, next) => {
    res.set("Content-Security-Policy", `frame-ancestors ${tabFrameAncestors.join(" ")}`);
    res.set("X-Content-Type-Options", "nosniff");
    next();
  });

  router.get("/config.json", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ signIn: options.signIn });
  });

  router.use(
    express.static(options.distDir, {
      index: "index.html",
      setHeaders(res, path) {
        res.set(
          "Cache-Control",
          /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    }),
  );

  // Reached only when the static files have no index.html.
  router.get("/", (_req, res) => {
    res
      .status(503)
      .type("text")
      .send("The Teams tab is not built: run `npm run build` at the repository root, then start again.");
  });

  return router;
}
