import { Router, type Request, type Response } from "express";
import {
  actionIdParam,
  addAction,
  addActionBody,
  childIdParam,
  completeAction,
  getChildRecord,
  getMeetingOutcomes,
  listMeetingActions,
  listOutstandingFamilySharing,
  listUnmetNeed,
  meetingIdParam,
  panelIdParam,
  recordDecision,
  recordDecisionBody,
  recordFamilySharing,
  recordFamilySharingBody,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/**
 * Decisions, outcomes and actions for the tab: a meeting's outcomes, decisions recorded without a vote,
 * actions, family sharing, the child's record and the unmet need register. Each route parses input, calls
 * one use case, sends its result. Ids only in addresses.
 */
export function decisionRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  const meetingIdOf = (req: Request, res: Response): string | null => {
    const parsed = meetingIdParam.safeParse(req.params.id);
    if (parsed.success) return parsed.data;
    badRequest(res, [{ path: ["id"], message: "Not a meeting id." }]);
    return null;
  };

  router.get("/meetings/:id/outcomes", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await getMeetingOutcomes(deps, contextOf(res).actor, { meetingId }));
  });

  router.post("/meetings/:id/decisions", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const body = recordDecisionBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordDecision(deps, contextOf(res).actor, { meetingId, ...body.data }), 201);
  });

  router.get("/meetings/:id/actions", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await listMeetingActions(deps, contextOf(res).actor, { meetingId }));
  });

  router.post("/meetings/:id/actions", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const body = addActionBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await addAction(deps, contextOf(res).actor, { meetingId, ...body.data }), 201);
  });

  router.post("/actions/:actionId/complete", async (req, res) => {
    const actionId = actionIdParam.safeParse(req.params.actionId);
    if (!actionId.success) return badRequest(res, [{ path: ["actionId"], message: "Not an action id." }]);
    respond(res, await completeAction(deps, contextOf(res).actor, { actionId: actionId.data }));
  });

  router.post("/family-sharing", async (req, res) => {
    const body = recordFamilySharingBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordFamilySharing(deps, contextOf(res).actor, body.data), 201);
  });

  router.get("/children/:childId/record", async (req, res) => {
    const childId = childIdParam.safeParse(req.params.childId);
    if (!childId.success) return badRequest(res, [{ path: ["childId"], message: "Not a child id." }]);
    respond(res, await getChildRecord(deps, contextOf(res).actor, { childId: childId.data }));
  });

  router.get("/panels/:panelId/family-sharing/outstanding", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    respond(res, await listOutstandingFamilySharing(deps, contextOf(res).actor, { panelId: panelId.data }));
  });

  router.get("/panels/:panelId/unmet-need", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    respond(res, await listUnmetNeed(deps, contextOf(res).actor, { panelId: panelId.data }));
  });

  return router;
}
