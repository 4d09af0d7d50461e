import { Router } from "express";
import {
  getRetentionPeriods,
  setRetentionPeriods,
  setRetentionPeriodsBody,
  type UseCaseDeps,
} from "@convenor/shared";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";

/** How long records are kept before the daily job anonymises them: the administrator reads and sets it. */
export function retentionRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  router.get("/retention-periods", async (_req, res) => {
    respond(res, await getRetentionPeriods(deps, contextOf(res).actor));
  });

  // PUT: the body is the whole setting, so sending it twice leaves the same periods.
  router.put("/retention-periods", async (req, res) => {
    const body = setRetentionPeriodsBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await setRetentionPeriods(deps, contextOf(res).actor, body.data));
  });

  return router;
}
