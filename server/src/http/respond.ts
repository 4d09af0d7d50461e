import type { Response } from "express";
import type { Result } from "@convenor/shared";
import { errorBody, statusFor } from "./error-status.js";

/** Sends a use case's result: the value as JSON, or the domain error with its HTTP status. */
export function respond<T>(res: Response, result: Result<T>, successStatus = 200): void {
  if (result.ok) res.status(successStatus).json(result.value);
  else res.status(statusFor(result.error)).json(errorBody(result.error));
}

/** Sends a zod-style validation failure of a request body or query. */
export function badRequest(res: Response, issues: { path: PropertyKey[]; message: string }[]): void {
  res.status(400).json(
    errorBody({
      code: "VALIDATION.FAILED",
      message: "The request is not valid.",
      fields: issues.map((issue) => ({
        field: issue.path.map(String).join(".") || "(body)",
        code: "VALIDATION.FAILED",
        message: issue.message,
      })),
    }),
  );
}
