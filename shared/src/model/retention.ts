/**
 * The kinds of record Convenor keeps for a set time, then anonymises (UK GDPR storage limitation). Each
 * period is a council policy setting the administrator changes; the defaults are documented in docs/domain.md.
 */
export const retentionKinds = ["referral", "caseObservation", "minute", "deliveredMessage"] as const;
export type RetentionKind = (typeof retentionKinds)[number];

/** Months each kind is kept after its end date, in months. */
export type RetentionPeriods = Record<RetentionKind, number>;

/**
 * Defaults: a referral (with its child's record, versions, decisions' reasons and family sharing notes) six
 * years after it was closed, declined or decided; a case observation, and the names in a minute's agreements, six
 * years after the meeting; the payload
 * of a delivered Teams or mail message three months after delivery (it only carried a notice).
 */
export const defaultRetentionPeriods: RetentionPeriods = {
  referral: 72,
  caseObservation: 72,
  minute: 72,
  deliveredMessage: 3,
};

export const retentionLimits = {
  /** Shorter than a month would anonymise cases still being worked. */
  minMonths: 1,
  /** 100 years: longer is a typo, not a policy. */
  maxMonths: 1200,
};

/** What a child's name reads as once their record is anonymised. */
export const anonymisedName = "Anonymised";
