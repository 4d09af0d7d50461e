import type { NextFunction, Request, Response } from "express";
import { ErrorCodes, type Store } from "@convenor/shared";
import type { Logger } from "../logger.js";
import type { TokenCheck } from "../auth/token-validator.js";
import { rememberAcceptedTokens } from "./accepted-tokens.js";
import { errorBody } from "./error-status.js";
import { originOf, type RequestContext } from "./request-context.js";

/**
 * Bearer-token authentication for `/api`: validates the token, then maps it to a Convenor person by Entra
 * object id; a person not yet bound to one is found by user principal name and bound on first sign-in.
 */
export function authenticate(options: {
  validate: (token: string) => Promise<TokenCheck>;
  store: Store;
  logger: Logger;
  channel: string;
}) {
  const validate = rememberAcceptedTokens(options.validate);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match?.[1]) {
      reject(res, "Sign in first: send an Authorization: Bearer token.");
      return;
    }
    const check = await validate(match[1]);
    if (!check.ok) {
      options.logger.info(
        { correlationId: res.locals.correlationId, reason: check.reason },
        "token rejected",
      );
      reject(res, `Your sign-in was not accepted: ${check.reason}.`);
      return;
    }
    const { objectId, username } = check.claims;
    // Nearly every request is from a person already bound to their object id: a read, without the write lock.
    const known = objectId ? await options.store.read((tx) => tx.people.findByEntraObjectId(objectId)) : null;
    const person =
      known ??
      (await options.store.transaction(async (tx) => {
        const byObjectId = objectId ? await tx.people.findByEntraObjectId(objectId) : null;
        if (byObjectId || !username) return byObjectId;
        // A user name can be reassigned, so it only identifies a person not yet bound to an Entra object id.
        const byUsername = await tx.people.findByEmail(username);
        if (!byUsername || byUsername.entraObjectId !== null) return null;
        if (!objectId) return byUsername;
        const bound = { ...byUsername, entraObjectId: objectId };
        await tx.people.upsert(bound);
        return bound;
      }));
    if (!person) {
      res
        .status(403)
        .json(errorBody({ code: ErrorCodes.forbidden, message: "Your account is not a Convenor user." }));
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
    .json(errorBody({ code: ErrorCodes.unauthenticated, message }));
}
