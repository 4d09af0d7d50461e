/**
 * A referral as it stood when a chair returned it for more information, kept when the referrer resubmits:
 * the question asked, the referrer's answer, and the form they then changed.
 */
export interface ReferralVersion {
  referralId: string;
  /** 1 for the first return, 2 for the second, and so on. */
  number: number;
  /** The answers as they were when the referral was returned. */
  form: Record<string, unknown>;
  /** What the chair asked when returning it. */
  question: string;
  returnedAt: string;
  returnedById: string;
  /** The referrer's answer to the question, sent with the resubmission. */
  answer: string;
  resubmittedAt: string;
}
