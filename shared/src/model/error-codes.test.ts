import { describe, expect, it } from "vitest";
import { checkDecisionWords } from "../referrals/decision-words.js";
import { ReferralCodes } from "../referrals/referral-codes.js";
import { ReferralFormCodes } from "../referrals/requirements/referral-error-codes.js";
import { errorCatalogue, errorCodes, isErrorCode } from "./error-codes.js";
import { ErrorCodes } from "./errors.js";
import { fail, type DomainError, type FieldError } from "./result.js";

describe("the error catalogue", () => {
  it("lists every code once, each in the GROUP.NAME (or single NAME) form clients match on", () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(/^[A-Z_]+(\.[A-Z_]+)?$/);
  });

  it("keeps the named tables as views of the catalogue", () => {
    expect(ErrorCodes.forbidden).toBe("AUTH.FORBIDDEN");
    expect(ReferralCodes.notUrgent).toBe("REFERRAL.NOT_URGENT");
    expect(ReferralFormCodes.fieldRequired).toBe("REFERRAL.FIELD_REQUIRED");
    expect(errorCodes).toContain(errorCatalogue.documents.nameConflict);
  });

  it("tells a catalogued code from any other string", () => {
    expect(isErrorCode("REFERRAL.CHILD_TOO_OLD")).toBe(true);
    expect(isErrorCode("REFERRAL.NOT_A_CODE")).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });

  it("carries the code a use case gives to the caller", () => {
    expect(checkDecisionWords("question", "", "the question")).toMatchObject({
      ok: false,
      error: {
        code: "REFERRAL.REASON_REQUIRED",
        fields: [{ field: "question", code: "REFERRAL.REASON_REQUIRED" }],
      },
    });
  });
});

// Type-level: `npx tsc -b` fails if any of these unknown codes compiles (each @ts-expect-error would be unused).
// @ts-expect-error an unknown code is not an ErrorCode
export const unknownFailure = fail("NOT.A.CODE", "Never.");
// @ts-expect-error a domain error must carry a catalogued code
export const unknownError: DomainError = { code: "NOT.A.CODE", message: "Never." };
// @ts-expect-error so must a field error
export const unknownField: FieldError = { field: "x", code: "NOT.A.CODE", message: "Never." };
