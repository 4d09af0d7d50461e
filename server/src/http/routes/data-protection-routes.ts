import { Router, type Request, type Response } from "express";
import {
  childIdParam,
  exportSubjectAccess,
  findChildForDataProtection,
  findChildRequest,
  listSuspectedBreaches,
  personIdParam,
  recordBreachRequest,
  recordSuspectedBreach,
  setDataProtectionOfficer,
  setDataProtectionOfficerBody,
  whoSawChild,
  whoSawQuery,
  type UseCaseDeps,
} from "@convenor/shared";
import { errorBody, statusFor } from "../error-status.js";
import { contextOf } from "../request-context.js";
import { badRequest, respond } from "../respond.js";
import { subjectAccessZip } from "../subject-access-zip.js";

/**
 * Data protection (004 Confidentiality) for the data protection officer and panel chairs: who saw a child,
 * a subject access export as a .zip, suspected breaches; and the administrator naming the officer. Child ids
 * only in addresses, never names.
 */
export function dataProtectionRoutes(deps: UseCaseDeps): Router {
  const router = Router();

  const childIdOf = (req: Request, res: Response): string | null => {
    const parsed = childIdParam.safeParse(req.params.childId);
    if (parsed.success) return parsed.data;
    badRequest(res, [{ path: ["childId"], message: "Not a child id." }]);
    return null;
  };

  router.post("/data-protection/children/search", async (req, res) => {
    const body = findChildRequest.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await findChildForDataProtection(deps, contextOf(res).actor, body.data));
  });

  router.get("/data-protection/children/:childId/who-saw", async (req, res) => {
    const childId = childIdOf(req, res);
    if (!childId) return;
    const query = whoSawQuery.safeParse(req.query);
    if (!query.success) return badRequest(res, query.error.issues);
    respond(res, await whoSawChild(deps, contextOf(res).actor, { childId, ...query.data }));
  });

  router.get("/data-protection/children/:childId/subject-access", async (req, res) => {
    const childId = childIdOf(req, res);
    if (!childId) return;
    const exported = await exportSubjectAccess(deps, contextOf(res).actor, { childId });
    if (!exported.ok) {
      res.status(statusFor(exported.error)).json(errorBody(exported.error));
      return;
    }
    const day = exported.value.generatedAt.slice(0, 10);
    res
      .status(200)
      .type("application/zip")
      .set("Content-Disposition", `attachment; filename="subject-access-${childId}-${day}.zip"`)
      .set("Cache-Control", "no-store")
      .send(Buffer.from(subjectAccessZip(exported.value)));
  });

  router.get("/data-protection/children/:childId/breaches", async (req, res) => {
    const childId = childIdOf(req, res);
    if (!childId) return;
    respond(res, await listSuspectedBreaches(deps, contextOf(res).actor, { childId }));
  });

  router.post("/data-protection/children/:childId/breaches", async (req, res) => {
    const childId = childIdOf(req, res);
    if (!childId) return;
    const body = recordBreachRequest.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(res, await recordSuspectedBreach(deps, contextOf(res).actor, { ...body.data, childId }), 201);
  });

  // PUT: the body is the whole setting, so sending it twice leaves the same officer.
  router.put("/people/:personId/data-protection-officer", async (req, res) => {
    const personId = personIdParam.safeParse(req.params.personId);
    if (!personId.success) return badRequest(res, [{ path: ["personId"], message: "Not a person id." }]);
    const body = setDataProtectionOfficerBody.safeParse(req.body);
    if (!body.success) return badRequest(res, body.error.issues);
    respond(
      res,
      await setDataProtectionOfficer(deps, contextOf(res).actor, { personId: personId.data, ...body.data }),
    );
  });

  return router;
}
