import type { Rag, RagArea } from "./rating.js";

/**
 * A young person on a High Risk Panel's tracker: whose caseload they are on (the allocated social worker, who
 * rates them monthly) and the worker's team (004 Process). Eligibility is checked month by month
 * (`trackerEligibility`), not here: a tracked young person who turns 18 simply stops being asked about.
 */
export interface TrackedYoungPerson {
  panelId: string;
  childId: string;
  /** A Person id: the social worker who rates them. */
  workerId: string;
  /** Free text, e.g. "Children in Care Team 2"; at most 80 characters. */
  team: string;
}

/** A tracked young person with what the tracker shows and checks about them, read in one query. */
export interface TrackedYoungPersonView extends TrackedYoungPerson {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  lookedAfter: boolean;
  workerName: string;
}

/**
 * One month's tracker entry, possibly part-saved: a worker can save some areas and come back. `complete` is
 * set when the month is submitted with all five areas; only complete entries count for the two-reds rule and
 * are `MonthlyRating`s to older readers.
 */
export interface TrackerEntry {
  panelId: string;
  childId: string;
  /** YYYY-MM. */
  month: string;
  ratedById: string;
  areas: Partial<Record<RagArea, Rag>>;
  complete: boolean;
  /** When it was submitted complete; null while part-saved. */
  submittedAt: string | null;
}
