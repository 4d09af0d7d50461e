import express, { Router, type Request, type Response } from "express";
import {
  getRedList,
  getTrackerCompletion,
  getTrackerGrid,
  importTrackerCsv,
  meetingIdParam,
  panelIdParam,
  trackerCompletionQuery,
  trackerGridQuery,
  trackerImportLimits,
  trackerImportQuery,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/**
 * The High Risk Panel's monthly tracker (004) for the tab: the grid, completion, the CSV import. Each route
 * parses input, calls one use case, sends its result. Ids only in addresses.
 */
export function trackerRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  /** The `:panelId` parameter, or a 400 sent. */
  const panelIdOf = (req: Request, res: Response): string | null => {
    const id = panelIdParam.safeParse(req.params.panelId);
    if (id.success) return id.data;
    badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    return null;
  };

  router.get("/panels/:panelId/tracker", async (req, res) => {
    const panelId = panelIdOf(req, res);
    if (!panelId) return;
    const query = trackerGridQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    const options = query.data.to ? { toMonth: query.data.to } : {};
    respond(res, await getTrackerGrid(deps, contextOf(res).actor, panelId, options));
  });

  router.get("/panels/:panelId/tracker/completion", async (req, res) => {
    const panelId = panelIdOf(req, res);
    if (!panelId) return;
    const query = trackerCompletionQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(res, await getTrackerCompletion(deps, contextOf(res).actor, panelId, query.data.month));
  });

  router.post("/panels/:panelId/tracker/import", csvBody, async (req, res) => {
    const panelId = panelIdOf(req, res);
    if (!panelId) return;
    const query = trackerImportQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    if (typeof req.body !== "string") {
      return badRequest(res, [{ path: ["(body)"], message: "Send the CSV file as text/csv." }]);
    }
    const options = {
      onlyValidRows: query.data.onlyValidRows === "true",
      dryRun: query.data.dryRun === "true",
    };
    respond(res, await importTrackerCsv(deps, contextOf(res).actor, panelId, req.body, options));
  });

  router.get("/meetings/:meetingId/red-list", async (req, res) => {
    const meetingId = meetingIdParam.safeParse(req.params.meetingId);
    if (!meetingId.success) return badRequest(res, [{ path: ["meetingId"], message: "Not a meeting id." }]);
    respond(res, await getRedList(deps, contextOf(res).actor, { meetingId: meetingId.data }));
  });

  return router;
}

/** The CSV file of an import, as text, up to the import's limit. */
const csvBody = express.text({ type: ["text/csv", "text/plain"], limit: trackerImportLimits.maxBytes });
