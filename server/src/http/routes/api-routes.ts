import { Router } from "express";
import {
  closureDaysQuery,
  closureDaysYearParam,
  fileReferral,
  fileReferralBody,
  getReferralDetail,
  getScreeningDetail,
  listClosureDays,
  listMyReferrals,
  listScreeningQueue,
  listVisiblePanels,
  referralListQuery,
  setClosureDays,
  setClosureDaysBody,
  whoAmI,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

const referralId = /^[A-Za-z0-9_-]{1,64}$/;

/** The JSON API for the tab and the add-in. Each route parses input, calls one use case, sends its result. */
export function apiRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get("/me", async (_req, res) => {
    respond(res, await whoAmI(deps, contextOf(res).actor));
  });

  router.get("/panels", async (_req, res) => {
    respond(res, await listVisiblePanels(deps, contextOf(res).actor));
  });

  router.get("/referrals", async (req, res) => {
    const query = referralListQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    const { actor } = contextOf(res);
    const { view, panelId, cursor, limit } = query.data;
    const page = { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) };
    respond(
      res,
      view === "queue"
        ? await listScreeningQueue(deps, actor, panelId ? { panelId, ...page } : page)
        : await listMyReferrals(deps, actor, page),
    );
  });

  router.get("/referrals/:id", async (req, res) => {
    if (!referralId.test(req.params.id)) {
      return badRequest(res, [{ path: ["id"], message: "Not a referral id." }]);
    }
    respond(res, await getReferralDetail(deps, contextOf(res).actor, { referralId: req.params.id }));
  });

  router.get("/referrals/:id/screening", async (req, res) => {
    if (!referralId.test(req.params.id)) {
      return badRequest(res, [{ path: ["id"], message: "Not a referral id." }]);
    }
    respond(res, await getScreeningDetail(deps, contextOf(res).actor, { referralId: req.params.id }));
  });

  router.post("/referrals", async (req, res) => {
    const body = fileReferralBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    const { draftId, ...input } = body.data;
    const result = await fileReferral(deps, contextOf(res).actor, draftId ? { ...input, draftId } : input);
    respond(res, result, result.ok && !result.value.replayed ? 201 : 200);
  });

  router.get("/closure-days", async (req, res) => {
    const query = closureDaysQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(res, await listClosureDays(deps, contextOf(res).actor, query.data));
  });

  // PUT, not POST: the body is the year's whole list, so sending it twice leaves the same list.
  router.put("/closure-days/:year", async (req, res) => {
    const params = closureDaysYearParam.safeParse(req.params);
    if (!params.success) return badRequest(res, params.error.issues);
    const body = setClosureDaysBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await setClosureDays(deps, contextOf(res).actor, { year: params.data.year, ...body.data }));
  });

  return router;
}
