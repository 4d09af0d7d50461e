import { z } from "zod";
import type { Rag, RagArea } from "../model/rating.js";

/** A YYYY-MM month, as the tracker's routes take it. */
export const trackerMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give a month as YYYY-MM.");

export const panelIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a panel id.");

/** `GET /api/panels/:panelId/tracker?to=YYYY-MM`: twelve months ending with `to` (default: the open month). */
export const trackerGridQuery = z.object({ to: trackerMonth.optional() }).strict();

/** `GET /api/panels/:panelId/tracker/completion?month=YYYY-MM`. */
export const trackerCompletionQuery = z.object({ month: trackerMonth }).strict();

/** One month of one young person on the grid. */
export interface TrackerGridCell {
  month: string;
  /** The areas rated (an area not rated yet is null); null when nothing was rated that month. */
  areas: Record<RagArea, Rag | null> | null;
  /** Submitted with all five areas; a part-saved month is false. */
  complete: boolean;
  /** Whether the young person is of tracker age and looked after in that month (docs/domain.md). */
  eligible: boolean;
}

/** A month in which the young person became due for the panel, and the areas red in it and the month before. */
export interface TrackerDueListing {
  month: string;
  areas: RagArea[];
}

export interface TrackerGridRow {
  childId: string;
  /** "Given Family"; only panel members and the young person's own worker get a grid at all. */
  displayName: string;
  worker: { id: string; name: string };
  team: string;
  /** One cell per month of `TrackerGrid.months`, in the same order. */
  months: TrackerGridCell[];
  /** Two reds in the same area in consecutive complete months, within the grid's months. */
  due: TrackerDueListing[];
}

export interface TrackerGrid {
  panelId: string;
  /** Twelve YYYY-MM months, oldest first. */
  months: string[];
  /** `panel`: a member, chair or coordinator sees every tracked young person; `worker`: their own only. */
  scope: "panel" | "worker";
  /** Ordered by family name, then given name, then child id. */
  rows: TrackerGridRow[];
}

/** One young person on a worker's monthly card. Personal chat only: names may appear. */
export interface TrackerCardYoungPerson {
  childId: string;
  displayName: string;
  /** This month's choices so far (null where not chosen). */
  areas: Record<RagArea, Rag | null>;
  /** Last month's rating, when it was submitted. */
  lastMonth: Record<RagArea, Rag> | null;
  complete: boolean;
}

/** A social worker's monthly card on one panel. */
export interface TrackerCardView {
  panelId: string;
  panelName: string;
  /** YYYY-MM, the month open for rating. */
  month: string;
  youngPeople: TrackerCardYoungPerson[];
  /** Every young person complete: the month is submitted. */
  submitted: boolean;
}

const rag = z.enum(["red", "amber", "green"]);
const areaChoices = z
  .object({
    "missing-or-exploitation": rag.optional(),
    "education-employment-training": rag.optional(),
    "placement-permanency": rag.optional(),
    "youth-justice": rag.optional(),
    health: rag.optional(),
  })
  .strict();

/**
 * The most young people one worker's card holds: five inputs each stay within the 200 inputs a card action
 * may carry (bot `inputBounds`), and the card under 80 KB. Caseloads of 14 to 18 year olds are far below it.
 */
export const maxCardYoungPeople = 40;

/** What Save or Submit on the monthly card sends, once the card's inputs are read. */
export const saveTrackerRatingsInput = z
  .object({
    panelId: panelIdParam,
    month: trackerMonth,
    submit: z.boolean(),
    /** The card instance: with the choices, it makes a double click count once. */
    cardId: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
    ratings: z
      .array(z.object({ childId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), areas: areaChoices }).strict())
      .max(maxCardYoungPeople),
  })
  .strict();
export type SaveTrackerRatingsInput = z.infer<typeof saveTrackerRatingsInput>;

/** How far one worker's young people are rated in a month: counts only. */
export interface TrackerWorkerCompletion {
  workerId: string;
  workerName: string;
  teams: string[];
  youngPeople: number;
  complete: number;
  partSaved: number;
  notStarted: number;
}

export interface TrackerCompletion {
  panelId: string;
  month: string;
  /** By worker name. */
  workers: TrackerWorkerCompletion[];
  totals: { youngPeople: number; complete: number; partSaved: number; notStarted: number };
}

/** One young person on a meeting's red list: for the panel's members only. */
export interface RedListEntry {
  agendaItemId: string;
  childId: string;
  /** The non-identifying reference the shared agenda shows. */
  reference: string;
  displayName: string;
  worker: { id: string; name: string } | null;
  team: string | null;
  /** The latest two-reds listing: its second month and the areas red in both. */
  due: TrackerDueListing | null;
}

export interface RedListView {
  meetingId: string;
  panelId: string;
  startsAt: string;
  youngPeople: RedListEntry[];
}

/** The columns of a tracker CSV, in order (docs/api.md). */
export const trackerCsvColumns = [
  "given_name",
  "family_name",
  "date_of_birth",
  "month",
  "social_worker_email",
  "missing_or_exploitation",
  "education_employment_training",
  "placement_permanency",
  "youth_justice",
  "health",
] as const;

/** Limits of one import: Leicestershire's year (600 young people, 12 months) fits with room to spare. */
export const trackerImportLimits = { maxBytes: 2_000_000, maxRows: 10_000, maxCellLength: 200 } as const;

/** `POST /api/panels/:panelId/tracker/import?onlyValidRows=true`: the body is the CSV text (`text/csv`). */
export const trackerImportQuery = z
  .object({
    onlyValidRows: z.enum(["true", "false"]).optional(),
    dryRun: z.enum(["true", "false"]).optional(),
  })
  .strict();

/** A row the import refused: its spreadsheet row number (the header is row 1), the column, and why. */
export interface TrackerImportRejection {
  row: number;
  column: string;
  reason: string;
}

export interface TrackerImportReport {
  /** A check only: nothing was written, and `imported` is what an import of the same file would write. */
  dryRun: boolean;
  /** Rows written (none when any row was refused and `onlyValidRows` was not asked for). */
  imported: number;
  rejected: TrackerImportRejection[];
  /** Young people the import listed on the next meeting's agenda (two reds in one area, recent months). */
  listed: number;
}
