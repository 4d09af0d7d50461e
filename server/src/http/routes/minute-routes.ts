import { Router, type Request, type Response } from "express";
import {
  agreeMinute,
  changeMinuteSettings,
  caseObservationBody,
  circulateMinute,
  draftMinute,
  editMinute,
  getMinutes,
  listCaseObservations,
  listChildObservations,
  meetingIdParam,
  minuteAgreementsBody,
  minuteReadBody,
  minuteSettingsBody,
  panelIdParam,
  minuteVersionParam,
  recordCaseObservation,
  recordMinuteAgreements,
  editMinuteBody,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/**
 * A meeting's minute and case observations for the tab (docs/api.md "Minutes"). Each route parses input,
 * calls one use case, sends its result. Ids and version numbers only in addresses.
 */
export function minuteRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  const meetingOf = (req: Request, res: Response): string | null => {
    const id = meetingIdParam.safeParse(req.params.meetingId);
    if (id.success) return id.data;
    badRequest(res, [{ path: ["meetingId"], message: "Not a meeting id." }]);
    return null;
  };
  const versionOf = (req: Request, res: Response): { meetingId: string; version: number } | null => {
    const meetingId = meetingOf(req, res);
    if (!meetingId) return null;
    const version = minuteVersionParam.safeParse(req.params.version);
    if (version.success) return { meetingId, version: version.data };
    badRequest(res, [{ path: ["version"], message: "Not a version number." }]);
    return null;
  };

  router.get("/meetings/:meetingId/minutes", async (req, res) => {
    const meetingId = meetingOf(req, res);
    if (!meetingId) return;
    respond(res, await getMinutes(deps, contextOf(res).actor, { meetingId }));
  });

  router.post("/meetings/:meetingId/minutes", async (req, res) => {
    const meetingId = meetingOf(req, res);
    if (!meetingId) return;
    respond(res, await draftMinute(deps, contextOf(res).actor, { meetingId }), 201);
  });

  router.patch("/meetings/:meetingId/minutes/:version", async (req, res) => {
    const read = versionOf(req, res);
    if (!read) return;
    const body = editMinuteBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    const { generalBusiness, itemNotes, progress, revision } = body.data;
    respond(
      res,
      await editMinute(deps, contextOf(res).actor, {
        ...read,
        revision,
        ...(generalBusiness !== undefined ? { generalBusiness } : {}),
        ...(itemNotes ? { itemNotes } : {}),
        ...(progress ? { progress } : {}),
      }),
    );
  });

  router.post("/meetings/:meetingId/minutes/:version/circulate", async (req, res) => {
    const read = versionOf(req, res);
    if (!read) return;
    const body = minuteReadBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await circulateMinute(deps, contextOf(res).actor, { ...read, ...body.data }));
  });

  router.post("/meetings/:meetingId/minutes/:version/agree", async (req, res) => {
    const read = versionOf(req, res);
    if (!read) return;
    const body = minuteReadBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await agreeMinute(deps, contextOf(res).actor, { ...read, ...body.data }));
  });

  router.put("/meetings/:meetingId/minutes/:version/agreements", async (req, res) => {
    const read = versionOf(req, res);
    if (!read) return;
    const body = minuteAgreementsBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordMinuteAgreements(deps, contextOf(res).actor, { ...read, ...body.data }));
  });

  router.get("/meetings/:meetingId/observations", async (req, res) => {
    const meetingId = meetingOf(req, res);
    if (!meetingId) return;
    respond(res, await listCaseObservations(deps, contextOf(res).actor, { meetingId }));
  });

  router.post("/meetings/:meetingId/observations", async (req, res) => {
    const meetingId = meetingOf(req, res);
    if (!meetingId) return;
    const body = caseObservationBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordCaseObservation(deps, contextOf(res).actor, { meetingId, ...body.data }), 201);
  });

  router.get("/children/:childId/observations", async (req, res) => {
    const childId = panelIdParam.safeParse(req.params.childId);
    if (!childId.success) return badRequest(res, [{ path: ["childId"], message: "Not a child id." }]);
    respond(res, await listChildObservations(deps, contextOf(res).actor, { childId: childId.data }));
  });

  router.put("/panels/:panelId/minute-settings", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const body = minuteSettingsBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(
      res,
      await changeMinuteSettings(deps, contextOf(res).actor, { panelId: panelId.data, ...body.data }),
    );
  });

  return router;
}
