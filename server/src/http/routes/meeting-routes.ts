import express, { Router, type Request, type Response } from "express";
import {
  addAgendaItem,
  addAgendaItemBody,
  agendaItemIdParam,
  buildAgenda,
  checkPaperFile,
  getMeeting,
  listAgendaPeople,
  listPanelMeetings,
  listUnreadPapers,
  maxPaperBytes,
  meetingIdParam,
  meetingListQuery,
  openPaper,
  paperFileName,
  paperIdParam,
  publishAgenda,
  reorderAgenda,
  reorderAgendaBody,
  updateAgendaItem,
  updateAgendaItemBody,
  uploadPaper,
  uploadPaperQuery,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/** The raw file of a paper upload, up to the paper limit, whatever its content type. */
const rawPaper = express.raw({ type: () => true, limit: maxPaperBytes });

/**
 * Meetings, their agendas and papers, for the tab and the add-in. Each route parses input, calls one use
 * case, sends its result. (`POST /api/meetings`, scheduling, lives with the scheduling routes.)
 */
export function meetingRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  /** The `:id` parameter as a meeting id, or a 400 sent. */
  const meetingIdOf = (req: Request, res: Response): string | null => {
    const id = meetingIdParam.safeParse(req.params.id);
    if (id.success) return id.data;
    badRequest(res, [{ path: ["id"], message: "Not a meeting id." }]);
    return null;
  };

  router.get("/meetings", async (req, res) => {
    const query = meetingListQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(res, await listPanelMeetings(deps, contextOf(res).actor, query.data));
  });

  router.get("/meetings/:id", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await getMeeting(deps, contextOf(res).actor, { meetingId }));
  });

  router.get("/meetings/:id/agenda", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const meeting = await getMeeting(deps, contextOf(res).actor, { meetingId });
    respond(res, meeting.ok ? { ok: true, value: meeting.value.agenda } : meeting);
  });

  router.get("/meetings/:id/people", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await listAgendaPeople(deps, contextOf(res).actor, { meetingId }));
  });

  router.put("/meetings/:id/agenda", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const body = reorderAgendaBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await reorderAgenda(deps, contextOf(res).actor, { meetingId, ...body.data }));
  });

  router.post("/meetings/:id/agenda", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const body = addAgendaItemBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await addAgendaItem(deps, contextOf(res).actor, { meetingId, ...body.data }), 201);
  });

  router.post("/meetings/:id/agenda/build", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await buildAgenda(deps, contextOf(res).actor, { meetingId }));
  });

  router.post("/meetings/:id/agenda/publish", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await publishAgenda(deps, contextOf(res).actor, { meetingId }));
  });

  router.patch("/meetings/:id/agenda/:itemId", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const itemId = agendaItemIdParam.safeParse(req.params.itemId);
    if (!itemId.success) return badRequest(res, [{ path: ["itemId"], message: "Not an agenda item id." }]);
    const body = updateAgendaItemBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    const input = { meetingId, itemId: itemId.data, ...body.data };
    respond(res, await updateAgendaItem(deps, contextOf(res).actor, input));
  });

  router.post("/meetings/:id/papers", (req, res, next) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    const query = uploadPaperQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    const fileName = paperFileName.safeParse(decodedHeader(req.get("x-file-name")));
    if (!fileName.success) {
      return badRequest(res, [{ path: ["x-file-name"], message: "Send the file name, URI-encoded." }]);
    }
    // Refused before the body is read when its declared length says it is too large.
    const declared = checkPaperFile(fileName.data, Number(req.get("content-length") ?? "0"));
    if (declared && declared.error.code === "PAPER.TOO_LARGE") return respond(res, declared);
    rawPaper(req, res, (error?: unknown) => {
      if (isTooLarge(error)) return respond(res, checkPaperFile(fileName.data, maxPaperBytes + 1)!);
      if (error) return next(error);
      const content = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array(0);
      const contentType = req.get("content-type")?.slice(0, 200) ?? null;
      uploadPaper(deps, contextOf(res).actor, {
        meetingId,
        agendaItemId: query.data.itemId,
        fileName: fileName.data,
        contentType,
        content,
      }).then((result) => respond(res, result, result.ok && !result.value.replaced ? 201 : 200), next);
    });
  });

  router.get("/meetings/:id/papers/unread", async (req, res) => {
    const meetingId = meetingIdOf(req, res);
    if (!meetingId) return;
    respond(res, await listUnreadPapers(deps, contextOf(res).actor, { meetingId }));
  });

  /** Opens a paper: JSON `{ webUrl }` for `Accept: application/json`, else a redirect to SharePoint. */
  router.get("/papers/:paperId", async (req, res) => {
    const paperId = paperIdParam.safeParse(req.params.paperId);
    if (!paperId.success) return badRequest(res, [{ path: ["paperId"], message: "Not a paper id." }]);
    const opened = await openPaper(deps, contextOf(res).actor, { paperId: paperId.data });
    if (opened.ok && req.accepts(["json", "html"]) === "html") {
      res.set("cache-control", "no-store").redirect(302, opened.value.webUrl);
      return;
    }
    res.set("cache-control", "no-store");
    respond(res, opened);
  });

  return router;
}

function decodedHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

const isTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { type?: unknown }).type === "entity.too.large";
