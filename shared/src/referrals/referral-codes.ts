/** Stable codes the referral use cases return, besides the shared `ErrorCodes` and the form codes. */
export const ReferralCodes = {
  panelTakesNoReferrals: "REFERRAL.PANEL_TAKES_NO_REFERRALS",
  draftNotEditable: "REFERRAL.DRAFT_NOT_EDITABLE",
  meetingNotAvailable: "REFERRAL.MEETING_NOT_AVAILABLE",
  notUrgent: "REFERRAL.NOT_URGENT",
} as const;
