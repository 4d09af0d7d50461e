import { errorCatalogue } from "../../model/error-codes.js";

/** Stable codes for referral form errors: edges map them to card, HTTP and task-pane messages. */
export const ReferralFormCodes = errorCatalogue.referralForm;
