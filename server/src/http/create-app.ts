import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { UseCaseDeps } from "@convenor/shared";
import type { TokenCheck } from "../auth/token-validator.js";
import type { LocalIssuer } from "../auth/local-issuer.js";
import type { Logger } from "../logger.js";
import { authenticate } from "./authenticate.js";
import { errorBody } from "./error-status.js";
import { apiRoutes } from "./routes/api-routes.js";
import { localIssuerRoutes } from "./routes/local-issuer-routes.js";

export interface AppOptions {
  deps: UseCaseDeps;
  logger: Logger;
  validateToken: (token: string) => Promise<TokenCheck>;
  health: () => Promise<Record<string, unknown>>;
  /** Local mode only: serves the local OpenID issuer under `/local-issuer`. */
  localIssuer?: LocalIssuer;
  /** The Teams bot's activity endpoint, mounted at `POST /api/messages`. */
  bot?: { handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void> };
}

const bodyLimit = "256kb";
const correlationHeader = /^[A-Za-z0-9-]{8,64}$/;

/** The service's HTTP surface: health, the JSON API, the bot endpoint and (locally) the sign-in issuer. */
export function createApp(options: AppOptions): Express {
  const { deps, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");

  app.use((req, res, next) => {
    const given = req.get("x-correlation-id");
    res.locals.correlationId = given && correlationHeader.test(given) ? given : randomUUID();
    res.set("x-correlation-id", String(res.locals.correlationId));
    next();
  });

  app.get("/healthz", async (_req, res) => {
    res.json({ status: "ok", ...(await options.health()) });
  });

  if (options.localIssuer) app.use("/local-issuer", localIssuerRoutes(options.localIssuer, deps.store));

  if (options.bot) {
    const bot = options.bot;
    app.post("/api/messages", express.json({ limit: bodyLimit }), async (req, res) => {
      await bot.handle(req, res);
    });
  }

  app.use(
    "/api",
    express.json({ limit: bodyLimit }),
    authenticate({ validate: options.validateToken, store: deps.store, logger, channel: "api" }),
    apiRoutes(deps),
  );

  app.use((_req, res) => {
    res.status(404).json(errorBody({ code: "NOT_FOUND", message: "There is nothing at this address." }));
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status && status < 500) {
      res.status(status).json(errorBody({ code: "REQUEST.INVALID", message: requestErrorMessage(status) }));
      return;
    }
    const correlationId = String(res.locals.correlationId);
    logger.error({ err: error, correlationId }, "unexpected error");
    res.status(500).json(
      errorBody({
        code: "INTERNAL",
        message: `Something went wrong on our side. Quote ${correlationId} if you contact support.`,
      }),
    );
  });

  return app;
}

function httpStatusOf(error: unknown): number | null {
  if (typeof error === "object" && error !== null && "status" in error && typeof error.status === "number") {
    return error.status;
  }
  return null;
}

function requestErrorMessage(status: number): string {
  if (status === 413) return `The request body is too large (limit ${bodyLimit}).`;
  if (status === 415) return "Send the request body as application/json.";
  return "The request body is not valid JSON.";
}
