import type { Referral } from "../model/referral.js";
import { anonymisedName } from "../model/retention.js";

/**
 * Form answers kept once a referral is anonymised: the ones the minimum data set counts, which are choices (who
 * referred, what was asked, SHANARRI indicators, consent given or not) and the school or establishment (its
 * referrals by establishment; the report suppresses small counts). Every other typed answer goes: names, the
 * reason, views, chronology, assessments and links can all identify a child or family.
 */
export const statisticalFormFields: readonly string[] = [
  "child.school",
  "referrer.agency",
  "request.kinds",
  "urgency",
  "consent.givenBy",
  "consent.status",
  "shanarri",
  "icsmg.managerDiscussed",
  "icsmg.resources",
];

/** Dates kept at a coarser precision: the child's birth as a year, consent as a month. */
const coarsened: Record<string, number> = { "child.dateOfBirth": 4, "consent.recordedOn": 7 };

/** The referral's form and history with everything identifying removed (statistics kept). */
export function anonymisedReferral(
  referral: Pick<Referral, "form" | "history">,
): Pick<Referral, "form" | "history"> {
  const form: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(referral.form)) {
    if (statisticalFormFields.includes(key)) form[key] = value;
    const length = coarsened[key];
    if (length !== undefined && typeof value === "string") form[key] = value.slice(0, length);
  }
  // The referral still reads as about a child, just not a named one.
  if ("child.givenName" in referral.form) form["child.givenName"] = anonymisedName;
  return { form, history: referral.history.map((step) => ({ ...step, reason: null })) };
}
