import type { NextFunction, Request, Response } from "express";
import type { Store } from "@convenor/shared";
import type { Logger } from "../logger.js";
import type { TokenCheck } from "../auth/token-validator.js";
import { errorBody } from "./error-status.js";
import { originOf, type RequestContext } from "./request-context.js";

/**
 * Bearer-token authentication for `/api`: validates the token, then maps it to a Convenor person by Entra
 * object id, falling back to the user principal name.
 */
export function authenticate(options: {
  validate: (token: string) => Promise<TokenCheck>;
  store: Store;
  logger: Logger;
  channel: string;
}) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) {
      reject(res, "Sign in first: send an Authorization: Bearer token.");
      return;
    }
    const check = await options.validate(match[1]);
    if (!check.ok) {
      options.logger.info(
        { correlationId: res.locals.correlationId, reason: check.reason },
        "token rejected",
      );
      reject(res, `Your sign-in was not accepted: ${check.reason}.`);
      return;
    }
    const { objectId, username } = check.claims;
    const person = await options.store.transaction(async (tx) => {
      const byObjectId = objectId ? await tx.people.findByEntraObjectId(objectId) : null;
      return byObjectId ?? (username ? await tx.people.findByEmail(username) : null);
    });
    if (!person) {
      res
        .status(403)
        .json(errorBody({ code: "AUTH.FORBIDDEN", message: "Your account is not a Convenor user." }));
      return;
    }
    const context: RequestContext = {
      person,
      actor: {
        personId: person.id,
        channel: options.channel,
        origin: originOf(req),
        correlationId: String(res.locals.correlationId),
      },
    };
    res.locals.context = context;
    next();
  };
}

function reject(res: Response, message: string): void {
  res
    .status(401)
    .set("WWW-Authenticate", 'Bearer error="invalid_token"')
    .json(errorBody({ code: "AUTH.UNAUTHENTICATED", message }));
}
