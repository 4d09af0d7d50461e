/**
 * A day the organisation running the panels is closed although it is a weekday and not a bank holiday, e.g.
 * a council's days between Christmas and New Year. Closure days belong to the deployment (one organisation)
 * and apply to every panel, in either nation; an administrator sets them a year at a time.
 */
export interface ClosureDay {
  /** YYYY-MM-DD. */
  date: string;
  /** Why the organisation is closed, shown to people planning meetings, e.g. "Council closure". */
  reason: string;
}
