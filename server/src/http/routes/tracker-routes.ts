import { Router, type Request, type Response } from "express";
import { getTrackerGrid, panelIdParam, trackerGridQuery, type UseCaseDeps } from "@convenor/shared";
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

  return router;
}
