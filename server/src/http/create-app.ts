import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { UseCaseDeps } from "@convenor/shared";
import type { TokenCheck } from "../auth/token-validator.js";
import type { LocalIssuer } from "../auth/local-issuer.js";
import type { Logger } from "../logger.js";
import { authenticate } from "./authenticate.js";
import { errorBody } from "./error-status.js";
import { boundedJson, type JsonShapeLimits } from "./json-shape.js";
import { apiRoutes } from "./routes/api-routes.js";
import { localIssuerRoutes } from "./routes/local-issuer-routes.js";
import { retentionRoutes } from "./routes/retention-routes.js";
import { reviewRoutes } from "./routes/review-routes.js";
import { dataProtectionRoutes } from "./routes/data-protection-routes.js";
import { reportRoutes } from "./routes/report-routes.js";
import { trackerRoutes } from "./routes/tracker-routes.js";
import { decisionRoutes } from "./routes/decision-routes.js";
import { capacityRefusalRoutes } from "./routes/capacity-refusal-routes.js";
import { minuteRoutes } from "./routes/minute-routes.js";
import { tabRoutes, type TabOptions } from "./routes/tab-routes.js";
import { meetingRoutes } from "./routes/meeting-routes.js";
import { schedulingRoutes } from "./routes/scheduling-routes.js";
import { outlookRoutes, type OutlookPaneOptions } from "./routes/outlook-routes.js";

export interface AppOptions {
  deps: UseCaseDeps;
  logger: Logger;
  validateToken: (token: string) => Promise<TokenCheck>;
  health: () => Promise<Record<string, unknown>>;
  /** Local mode only: serves the local OpenID issuer under `/local-issuer`. */
  localIssuer?: LocalIssuer;
  /** Convenor's public address, for links in calendar invitations; default: links relative to the service. */
  appUrl?: string;
  /** The Teams bot's activity endpoint, mounted at `POST /api/messages`. */
  bot?: { handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void> };
  /** The Teams tab's built files, served at `/tab/`. */
  tab?: TabOptions;
  /** The Outlook task pane at `/outlook/` (and, in local mode, its harness). */
  outlook?: OutlookPaneOptions;
}

const bodyLimit = "256kb";
/** Checked right after parsing, before anything walks the body: the API's bodies are small and flat. */
const apiJsonShape: JsonShapeLimits = { maxDepth: 16, maxValues: 5_000 };
/** Teams activities nest more (channel data, entities, card inputs), but not much more. */
const activityJsonShape: JsonShapeLimits = { maxDepth: 32, maxValues: 20_000 };
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

  if (options.tab) app.use("/tab", tabRoutes(options.tab));
  if (options.outlook) app.use("/outlook", outlookRoutes(options.outlook));

  if (options.bot) {
    const bot = options.bot;
    app.post(
      "/api/messages",
      express.json({ limit: bodyLimit }),
      boundedJson(activityJsonShape),
      async (req, res) => {
        await bot.handle(req, res);
      },
    );
  }

  app.use(
    "/api",
    express.json({ limit: bodyLimit }),
    boundedJson(apiJsonShape),
    authenticate({ validate: options.validateToken, store: deps.store, logger, channel: "api" }),
    apiRoutes(deps),
    meetingRoutes(deps),
    schedulingRoutes(deps, { appUrl: options.appUrl ?? "" }),
    trackerRoutes(deps),
    reviewRoutes(deps),
    decisionRoutes(deps),
    capacityRefusalRoutes(deps),
    minuteRoutes(deps),
    dataProtectionRoutes(deps),
    reportRoutes(deps),
    retentionRoutes(deps),
  );

  app.use((_req, res) => {
    res.status(404).json(errorBody({ code: "NOT_FOUND", message: "There is nothing at this address." }));
  });

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status && status < 500) {
      res
        .status(status)
        .json(errorBody({ code: "REQUEST.INVALID", message: requestErrorMessage(error, status) }));
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

/** What was wrong with a request that express or its body parsers refused (never their own text). */
function requestErrorMessage(error: unknown, status: number): string {
  if (error instanceof URIError) return "The address is not valid: it has a malformed %-escape.";
  const { type, limit } = error as { type?: unknown; limit?: unknown };
  if (status === 413) {
    return typeof limit === "number"
      ? `The request body is too large (limit ${Math.floor(limit / 1024)} KB).`
      : "The request body is too large.";
  }
  if (status === 415) return "Send the request body in a supported encoding and content type.";
  if (type === "entity.parse.failed") return "The request body is not valid JSON.";
  if (type === "parameters.too.many") return "The request body has too many parameters.";
  if (type === "request.aborted" || type === "request.size.invalid")
    return "The request body was incomplete.";
  return "The request is not valid.";
}
