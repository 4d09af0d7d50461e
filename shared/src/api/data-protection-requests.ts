import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Give a date as YYYY-MM-DD.");

/** `GET /api/data-protection/children/:childId/who-saw?from=YYYY-MM-DD&to=YYYY-MM-DD` (both days included). */
export const whoSawQuery = z.object({ from: isoDate, to: isoDate }).strict();

/** `POST /api/data-protection/children/search`: a case reference or a child id, in the body, never the URL. */
export const findChildRequest = z.object({ query: z.string().trim().min(1).max(64) }).strict();

/** `POST /api/data-protection/children/:childId/breaches`. */
export const recordBreachRequest = z
  .object({
    whatHappened: z.string().trim().min(1).max(4000),
    discoveredOn: isoDate,
    reportedBy: z.string().trim().min(1).max(200),
    /** The period whose who-saw report is attached to the breach. */
    from: isoDate,
    to: isoDate,
  })
  .strict();

export type RecordBreachBody = z.infer<typeof recordBreachRequest>;

/** Where a read came from, as a person names it. */
export type AccessSurface = "Teams bot" | "Teams tab" | "Outlook add-in" | "API" | "Convenor";

/** One access to the child's record. */
export interface WhoSawRow {
  at: string;
  personId: string;
  /** The person's display name; "Unknown person" if they are no longer in the directory. */
  personName: string;
  action: string;
  surface: AccessSurface;
  /** The panel the entry belongs to, when it belongs to one. */
  panelId: string | null;
}

export interface WhoSawReport {
  childId: string;
  from: string;
  to: string;
  /** `all`: the data protection officer sees every entry; `panels`: a chair sees their panels' entries only. */
  scope: "all" | "panels";
  rows: WhoSawRow[];
  /** More entries than the report's limit: narrow the period. */
  truncated: boolean;
}
