import { describe, expect, it } from "vitest";
import {
  DocumentsCodes,
  ErrorCodes,
  errorCodes,
  ReferralCodes,
  ReferralFormCodes,
  type ErrorCode,
} from "@convenor/shared";
import { GraphErrorCodes } from "../graph/graph-errors.js";
import { statusFor } from "./error-status.js";

const statusOf = (code: ErrorCode) => statusFor({ code, message: "Because." });

describe("the HTTP status of a domain error", () => {
  it.each([
    [DocumentsCodes.nameConflict, 409],
    [GraphErrorCodes.conflict, 409],
    [ErrorCodes.conflict, 409],
    [ErrorCodes.duplicate, 409],
    ["REFERRAL.INVALID_TRANSITION", 409],
    [ReferralCodes.draftNotEditable, 409],
    [ReferralCodes.notUrgent, 409],
    [GraphErrorCodes.unavailable, 503],
    [GraphErrorCodes.throttled, 503],
    [ErrorCodes.validation, 422],
    [ReferralFormCodes.consentJustificationRequired, 422],
    [DocumentsCodes.invalidName, 422],
    [GraphErrorCodes.onlineMeetingNotAllowed, 422],
    ["REQUEST.INVALID", 400],
    [ErrorCodes.unauthenticated, 401],
    [ErrorCodes.forbidden, 403],
    [ErrorCodes.notFound, 404],
    [GraphErrorCodes.notFound, 404],
    ["INTERNAL", 500],
  ] as const)("answers %s with %i", (code, status) => {
    expect(statusOf(code)).toBe(status);
  });

  it("gives every catalogued code an HTTP error status", () => {
    for (const code of errorCodes) {
      const status = statusOf(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });
});
