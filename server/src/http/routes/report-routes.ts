import { Router, type Response } from "express";
import {
  getHighRiskTrends,
  getMinimumDataSet,
  getPlacementsReport,
  getStrategicReview,
  getUnmetNeedReport,
  panelIdParam,
  reportCsv,
  reportKindParam,
  reportQuery,
  reportSettingsBody,
  setSuppressionThreshold,
  type Report,
  type ReportKind,
  type Result,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

const useCases = {
  "minimum-data-set": getMinimumDataSet,
  "unmet-need": getUnmetNeedReport,
  placements: getPlacementsReport,
  "high-risk-trends": getHighRiskTrends,
  "strategic-review": getStrategicReview,
} satisfies Record<ReportKind, unknown>;

/** The report as CSV (an attachment named for panel, report and months), or the refusal as JSON. */
function respondCsv(res: Response, result: Result<Report>): void {
  if (!result.ok) return respond(res, result);
  const { kind, panelId, fromMonth, toMonth } = result.value;
  res
    .status(200)
    .type("text/csv; charset=utf-8")
    .attachment(`${panelId}-${kind}-${fromMonth}-to-${toMonth}.csv`)
    .send(reportCsv(result.value));
}

/**
 * The panel reports for the tab (002 A 7.2, 000 4c, 002 B 4.3, 004, 001): counts per month (a strategic group's
 * progress table across its meetings), as JSON or as CSV
 * (`?format=csv`). Each route parses input, calls one use case, sends its result.
 */
export function reportRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get("/panels/:panelId/reports/:kind", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const kind = reportKindParam.safeParse(req.params.kind);
    if (!kind.success) return badRequest(res, [{ path: ["kind"], message: "Not a report." }]);
    const query = reportQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    const result = await useCases[kind.data](deps, contextOf(res).actor, panelId.data, {
      fromMonth: query.data.from,
      toMonth: query.data.to,
    });
    if (query.data.format === "csv") respondCsv(res, result);
    else respond(res, result);
  });

  router.put("/report-settings", async (req, res) => {
    const body = reportSettingsBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await setSuppressionThreshold(deps, contextOf(res).actor, body.data.suppressedBelow));
  });

  return router;
}
