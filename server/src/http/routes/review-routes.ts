import { Router, type Request, type Response } from "express";
import {
  listCinReviews,
  panelIdParam,
  planIdParam,
  recordReviewOutcome,
  recordReviewOutcomeBody,
  requestEarlyReview,
  requestEarlyReviewBody,
  setReviewConsultees,
  setReviewConsulteesBody,
  startCinPlan,
  startCinPlanBody,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/**
 * Child in Need plan reviews (003 3) for the tab: the panel's plans, a plan put under review, a review's
 * outcome, an early review. Each route parses input, calls one use case, sends its result. Ids only in
 * addresses.
 */
export function reviewRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  const paramOf = (req: Request, res: Response, name: "panelId" | "planId"): string | null => {
    const parsed = (name === "panelId" ? panelIdParam : planIdParam).safeParse(req.params[name]);
    if (parsed.success) return parsed.data;
    badRequest(res, [{ path: [name], message: `Not a ${name === "panelId" ? "panel" : "plan"} id.` }]);
    return null;
  };

  router.get("/panels/:panelId/reviews", async (req, res) => {
    const panelId = paramOf(req, res, "panelId");
    if (!panelId) return;
    respond(res, await listCinReviews(deps, contextOf(res).actor, panelId));
  });

  router.post("/panels/:panelId/reviews/plans", async (req, res) => {
    const panelId = paramOf(req, res, "panelId");
    if (!panelId) return;
    const body = startCinPlanBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await startCinPlan(deps, contextOf(res).actor, { ...body.data, panelId }), 201);
  });

  router.put("/panels/:panelId/reviews/consultees", async (req, res) => {
    const panelId = paramOf(req, res, "panelId");
    if (!panelId) return;
    const body = setReviewConsulteesBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await setReviewConsultees(deps, contextOf(res).actor, { ...body.data, panelId }));
  });

  router.post("/reviews/plans/:planId/outcome", async (req, res) => {
    const planId = paramOf(req, res, "planId");
    if (!planId) return;
    const body = recordReviewOutcomeBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordReviewOutcome(deps, contextOf(res).actor, { ...body.data, planId }), 201);
  });

  router.post("/reviews/plans/:planId/early-review", async (req, res) => {
    const planId = paramOf(req, res, "planId");
    if (!planId) return;
    const body = requestEarlyReviewBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await requestEarlyReview(deps, contextOf(res).actor, { ...body.data, planId }));
  });

  return router;
}
