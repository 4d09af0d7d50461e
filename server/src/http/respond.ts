import type { Response } from "express";
import { ErrorCodes, type Result } from "@convenor/shared";
import { errorBody, statusFor } from "./error-status.js";

/** Sends a use case's result: the value as JSON, or the domain error with its HTTP status. */
export function respond<T>(res: Response, result: Result<T>, successStatus = 200): void {
  if (result.ok) res.status(successStatus).json(result.value);
  else res.status(statusFor(result.error)).json(errorBody(result.error));
}

/**
 * Sends a zod-style validation failure of a request body or query: 400, because the request's shape is wrong
 * (a use case's own validation failure of the same code is 422), with the fields that are wrong.
 */
export function badRequest(res: Response, issues: { path: PropertyKey[]; message: string }[]): void {
  res.status(400).json(
    errorBody({
      code: ErrorCodes.validation,
      message: "The request is not valid.",
      fields: issues.map((issue) => ({
        field: issue.path.map(String).join(".") || "(body)",
        code: ErrorCodes.validation,
        message: issue.message,
      })),
    }),
  );
}
