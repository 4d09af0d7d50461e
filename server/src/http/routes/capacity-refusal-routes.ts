import { Router } from "express";
import {
  listCapacityRefusals,
  panelIdParam,
  recordCapacityRefusal,
  recordCapacityRefusalBody,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/**
 * Third-sector capacity refusals on the unmet need register (002 Appendix 2): record one, list the panel's latest.
 * Each route parses input, calls one use case, sends its result.
 */
export function capacityRefusalRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get("/panels/:panelId/capacity-refusals", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    respond(res, await listCapacityRefusals(deps, contextOf(res).actor, { panelId: panelId.data }));
  });

  router.post("/panels/:panelId/capacity-refusals", async (req, res) => {
    const panelId = panelIdParam.safeParse(req.params.panelId);
    if (!panelId.success) return badRequest(res, [{ path: ["panelId"], message: "Not a panel id." }]);
    const body = recordCapacityRefusalBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    const result = await recordCapacityRefusal(deps, contextOf(res).actor, {
      ...body.data,
      panelId: panelId.data,
    });
    respond(res, result, result.ok && !result.value.replayed ? 201 : 200);
  });

  return router;
}
