import { Router } from "express";
import {
  changeSchedulingSettings,
  getMeetingDeadlines,
  linkMeetingEventBody,
  linkMeetingToEvent,
  meetingDeadlinesQuery,
  scheduleMeeting,
  scheduleMeetingBody,
  schedulingSettingsBody,
  slotSearchQuery,
  suggestMeetingSlots,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

const pathId = /^[A-Za-z0-9_-]{1,64}$/;

export interface SchedulingRoutesOptions {
  /** Convenor's public address: invitations link to the meeting's agenda there. */
  appUrl: string;
}

/** Scheduling: slot suggestions, deadlines, scheduling a meeting, linking its Outlook event, panel settings. */
export function schedulingRoutes(deps: UseCaseDeps, options: SchedulingRoutesOptions): Router {
  const router = Router();

  router.get("/panels/:panelId/slots", async (req, res) => {
    if (!pathId.test(req.params.panelId))
      return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const query = slotSearchQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(
      res,
      await suggestMeetingSlots(deps, contextOf(res).actor, { panelId: req.params.panelId, ...query.data }),
    );
  });

  router.get("/panels/:panelId/deadlines", async (req, res) => {
    if (!pathId.test(req.params.panelId))
      return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const query = meetingDeadlinesQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(
      res,
      await getMeetingDeadlines(deps, contextOf(res).actor, { panelId: req.params.panelId, ...query.data }),
    );
  });

  router.put("/panels/:panelId/scheduling-settings", async (req, res) => {
    if (!pathId.test(req.params.panelId))
      return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const body = schedulingSettingsBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(
      res,
      await changeSchedulingSettings(deps, contextOf(res).actor, {
        panelId: req.params.panelId,
        ...body.data,
      }),
    );
  });

  router.post("/meetings", async (req, res) => {
    const body = scheduleMeetingBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    const result = await scheduleMeeting(deps, contextOf(res).actor, {
      ...body.data,
      appUrl: options.appUrl,
    });
    respond(res, result, result.ok && !result.value.replayed ? 201 : 200);
  });

  router.post("/meetings/:id/event", async (req, res) => {
    if (!pathId.test(req.params.id)) return badRequest(res, [{ path: ["id"], message: "Not a meeting id." }]);
    const body = linkMeetingEventBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(
      res,
      await linkMeetingToEvent(deps, contextOf(res).actor, { meetingId: req.params.id, ...body.data }),
    );
  });

  return router;
}
