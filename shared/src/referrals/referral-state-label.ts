import type { ReferralState } from "../model/referral.js";

const stateLabels: Record<ReferralState, string> = {
  draft: "Draft",
  submitted: "Awaiting screening",
  accepted: "Accepted",
  returned: "Returned: more information needed",
  declined: "Declined",
  scheduled: "On a meeting agenda",
  heard: "Heard",
  decided: "Decided",
  deferred: "Deferred to the next meeting",
  closed: "Closed",
};

/** A referral's state as people read it, the same in cards, the tab and the add-in. */
export const referralStateLabel = (state: ReferralState): string => stateLabels[state];
