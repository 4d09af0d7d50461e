import { z } from "zod";
import type { AgendaItemSource, Meeting } from "../model/meeting.js";
import type { Agency } from "../model/people.js";
import { identifier } from "./identifier.js";
import {
  maxAgendaItems,
  maxAgendaTitleLength,
  maxInviteesPerItem,
  maxSlotMinutes,
} from "./meeting-limits.js";
import type { DeadlineKind } from "./scheduling-requests.js";

/**
 * Request schemas and response shapes of the meeting routes: `GET /api/meetings?panelId=`,
 * `GET /api/meetings/{id}`, the agenda (`GET/PUT/POST /api/meetings/{id}/agenda`,
 * `PATCH /api/meetings/{id}/agenda/{itemId}`, `POST /api/meetings/{id}/agenda/publish`), the people an item may
 * name (`GET /api/meetings/{id}/people`) and papers
 * (`POST /api/meetings/{id}/papers`, `GET /api/papers/{paperId}`, `GET /api/meetings/{id}/papers/unread`).
 */

// The limits live apart, free of zod, so a browser app can check input without loading the schemas.
export * from "./meeting-limits.js";

const id = identifier(64);

export const meetingIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a meeting id.");
export const agendaItemIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not an agenda item id.");
/** Uploaded papers have an id; a Child's Plan link is reached as `plan-{agendaItemId}`. */
export const paperIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, "Not a paper id.");

export const meetingListQuery = z.strictObject({ panelId: id });
export type MeetingListQuery = z.infer<typeof meetingListQuery>;

/** The version the client read (`AgendaView.version`): a change made since is refused, not overwritten. */
const agendaVersion = z.number().int().min(0).max(1_000_000_000);
const slotMinutes = z.number().int().min(0).max(maxSlotMinutes).nullable();
const invitees = z.array(id).max(maxInviteesPerItem);

/** `PUT /api/meetings/{id}/agenda`: every item of the agenda, once each, in the new order. */
export const reorderAgendaBody = z.strictObject({
  version: agendaVersion,
  itemIds: z.array(id).min(1).max(maxAgendaItems),
});
export type ReorderAgendaBody = z.infer<typeof reorderAgendaBody>;

/** `PATCH /api/meetings/{id}/agenda/{itemId}`: only the fields sent change. */
export const updateAgendaItemBody = z
  .strictObject({
    version: agendaVersion,
    slotMinutes: slotMinutes.optional(),
    presenterId: id.nullable().optional(),
    invitedPersonIds: invitees.optional(),
    /** Another planned meeting of the same panel: the item goes to the end of its agenda. */
    moveToMeetingId: id.optional(),
  })
  .refine((body) => Object.keys(body).length > 1, { message: "Send at least one change." });
export type UpdateAgendaItemBody = z.infer<typeof updateAgendaItemBody>;

const topicTitle = z
  .string()
  .trim()
  .min(1)
  .max(maxAgendaTitleLength)
  .refine((text) => !/[\p{Cc}\p{Cs}]/u.test(text), "Must not contain control characters.");

/** `POST /api/meetings/{id}/agenda`: a topic, or a referral of the panel (listed by its reference). */
export const addAgendaItemBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("topic"),
    version: agendaVersion,
    title: topicTitle,
    slotMinutes: slotMinutes.optional(),
    presenterId: id.nullable().optional(),
  }),
  z.strictObject({
    kind: z.literal("referral"),
    version: agendaVersion,
    referralId: id,
    slotMinutes: slotMinutes.optional(),
    presenterId: id.nullable().optional(),
    invitedPersonIds: invitees.optional(),
  }),
]);
export type AddAgendaItemBody = z.infer<typeof addAgendaItemBody>;

/** `POST /api/meetings/{id}/papers`: the raw file is the body; these travel as query and headers. */
export const uploadPaperQuery = z.strictObject({ itemId: id });
/** `x-file-name`, URI-encoded by the client (`encodeURIComponent`) so any name survives a header. */
export const paperFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => !/[\p{Cc}\p{Cs}/\\]/u.test(text), "A file name without slashes or control characters.");

// ---- Responses ----

export interface PersonRef {
  id: string;
  displayName: string;
}

/** Someone a chair may name as an item's presenter or invite to one item. */
export interface AgendaPersonView {
  id: string;
  displayName: string;
  /** The agency they represent on the panel, else their own. */
  agency: Agency;
  /** Sits on the meeting's panel (a role other than referrer); else a referrer, or someone already named. */
  onPanel: boolean;
}

/** `GET /api/meetings/{id}/people`: sorted by name. */
export interface AgendaPeopleView {
  meetingId: string;
  people: AgendaPersonView[];
}

export interface MeetingSummaryView {
  id: string;
  panelId: string;
  panelName: string;
  startsAt: string;
  endsAt: string;
  state: Meeting["state"];
  joinUrl: string | null;
}

/**
 * `due`: not yet passed and not done; `met`: done on time; `late`: done after, or passed undone;
 * `passed`: the date passed for a deadline Convenor does not track completion of (referrals close).
 */
export type DeadlineState = "due" | "met" | "late" | "passed";

/** A deadline of a meeting that exists, with its state (a proposed date's deadlines are `DeadlineView`). */
export interface MeetingDeadlineView {
  label: string;
  kind: DeadlineKind;
  /** UK local date, YYYY-MM-DD. */
  date: string;
  state: DeadlineState;
}

export interface PaperView {
  id: string;
  agendaItemId: string;
  kind: "childs-plan" | "upload";
  /** File name, or "Child's Plan". */
  name: string;
  size: number | null;
  uploadedAt: string | null;
  late: boolean;
  /** The person asking has opened it through Convenor (for "papers to read"). */
  readByMe: boolean;
  /** The Convenor link that audits the read and opens the paper: `/api/papers/{id}`. */
  openPath: string;
}

export interface AgendaItemView {
  id: string;
  position: number;
  source: AgendaItemSource;
  /** Non-identifying: the case reference for case items, the topic for others. */
  title: string;
  reference: string | null;
  slotMinutes: number | null;
  presenter: PersonRef | null;
  invitees: PersonRef[];
  papers: PaperView[];
}

export interface AgendaView {
  meetingId: string;
  /** Send back with a change: a change made by someone else since is refused. */
  version: number;
  publishedAt: string | null;
  /** The agenda changed since it was last published. */
  changedSincePublished: boolean;
  /** `panel`: the whole agenda; `invitee`: only the items this person is invited to. */
  scope: "panel" | "invitee";
  items: AgendaItemView[];
}

export interface MeetingDetailView {
  meeting: MeetingSummaryView;
  deadlines: MeetingDeadlineView[];
  agenda: AgendaView;
  /** The caller chairs or coordinates the panel: may change and publish the agenda. */
  canManage: boolean;
}

export interface PublishAgendaView {
  agenda: AgendaView;
  /** False when nothing changed since the last publication: nothing was sent again. */
  sent: boolean;
  /** A republication of a changed agenda ("updated"). */
  updated: boolean;
  /** Published after the agenda deadline. */
  late: boolean;
}

export interface UploadPaperView {
  paper: PaperView;
  /** A file of the same name was already filed for this item and is now replaced (a retry files once). */
  replaced: boolean;
}

export interface OpenPaperView {
  webUrl: string;
}

export interface UnreadPaperView {
  paper: PaperView;
  itemTitle: string;
  /** People who may read this paper and have not opened it through Convenor. */
  notRead: PersonRef[];
  readCount: number;
}

export interface UnreadPapersView {
  meetingId: string;
  papers: UnreadPaperView[];
}
