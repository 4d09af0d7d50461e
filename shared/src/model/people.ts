export const agencies = [
  "education",
  "health",
  "social-work",
  "police",
  "reporter",
  "psychology",
  "youth-justice",
  "housing",
  "voluntary",
  "other",
] as const;
export type Agency = (typeof agencies)[number];

/** How an agency is named to people: in forms, attendance and quorum. */
export const agencyLabels: Record<Agency, string> = {
  education: "Education",
  health: "Health",
  "social-work": "Social work",
  police: "Police",
  reporter: "Children's Reporter",
  psychology: "Psychological service",
  "youth-justice": "Youth justice",
  housing: "Housing",
  voluntary: "Voluntary / third sector",
  other: "Other",
};

/** A member of staff who signs in to Microsoft 365. Children and families are never Persons. */
export interface Person {
  id: string;
  displayName: string;
  /** User principal name, also the mail address in the demo tenant. */
  email: string;
  jobTitle: string;
  agency: Agency;
  /** Entra object id, when known; Teams activities carry it as `from.aadObjectId`. */
  entraObjectId: string | null;
  /** People from other organisations usually have no visible free/busy. */
  organisation: "internal" | "external";
  /** Runs Convenor for the organisation: sets its closure days. Not a panel role; few people hold it. */
  administrator: boolean;
  /**
   * The organisation's data protection officer (004 Confidentiality): answers who saw a child's record, makes
   * subject access exports and records suspected breaches. Not a panel role; few people hold it.
   */
  dataProtectionOfficer: boolean;
}

/** The subject of a referral or tracker entry. Identifying detail: never in shared cards, logs or URLs. */
export interface Child {
  id: string;
  givenName: string;
  familyName: string;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  school: string;
  locality: string;
  /** Looked after with a long-term care plan (CiC High Risk Panel tracker eligibility, 004). */
  lookedAfter: boolean;
}
