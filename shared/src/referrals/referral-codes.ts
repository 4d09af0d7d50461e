import { errorCatalogue } from "../model/error-codes.js";

/** Stable codes the referral use cases return, besides the shared `ErrorCodes` and the form codes. */
export const ReferralCodes = errorCatalogue.referral;
