import type { AgendaItem } from "../../model/meeting.js";
import type { Referral } from "../../model/referral.js";

const planPrefix = "plan-";

/** The Child's Plan of a case item is reached as paper `plan-{agendaItemId}`. */
export const childsPlanPaperId = (agendaItemId: string): string => `${planPrefix}${agendaItemId}`;

/** The agenda item a `plan-…` paper id names, or null for an uploaded paper's id. */
export const agendaItemOfPlanPaper = (paperId: string): string | null =>
  paperId.startsWith(planPrefix) ? paperId.slice(planPrefix.length) || null : null;

/** The SharePoint link to the Child's Plan the referral gave (the `plan.url` answer), if any. */
export function childsPlanLink(referral: Pick<Referral, "form"> | null): string | null {
  const link = referral?.form["plan.url"];
  return typeof link === "string" && /^https:\/\//i.test(link) ? link : null;
}

export const isCaseItem = (item: Pick<AgendaItem, "referralId">): boolean => item.referralId !== null;
