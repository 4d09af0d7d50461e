import { canScreen, rolesOn } from "../auth/policies.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { Panel, PanelMembership } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { MeetingCodes } from "./meeting-codes.js";

/**
 * How a person sees a meeting: `manager` (its panel's chair or coordinator: the whole agenda, and may change
 * it), `member` (the whole agenda), `attendee` (invited to, or presenting, some items: those items only).
 */
export type MeetingViewer = "manager" | "member" | "attendee";

export interface MeetingAccess {
  meeting: Meeting;
  panel: Panel;
  viewer: MeetingViewer;
  items: AgendaItem[];
}

const notFound = () =>
  fail(MeetingCodes.notFound, "That meeting was not found, or it is not a meeting of your panels.");

/** Whether a person attends one item only: invited to it, or presenting it. */
export const attendsItem = (personId: string, item: Pick<AgendaItem, "invitedPersonIds" | "presenterId">) =>
  item.invitedPersonIds.includes(personId) || item.presenterId === personId;

export function viewerOf(
  memberships: readonly PanelMembership[],
  personId: string,
  panelId: string,
  items: readonly AgendaItem[],
): MeetingViewer | null {
  if (canScreen(memberships, personId, panelId)) return "manager";
  if (rolesOn(memberships, personId, panelId).includes("member")) return "member";
  return items.some((item) => attendsItem(personId, item)) ? "attendee" : null;
}

/**
 * The meeting, its panel and agenda, and how the person sees it. An unknown meeting and one the person
 * may not see get the same answer, so that ids of other panels' meetings reveal nothing.
 */
export async function loadMeetingAccess(
  tx: StoreTx,
  personId: string,
  meetingId: string,
): Promise<Result<MeetingAccess>> {
  const meeting = await tx.meetings.get(meetingId);
  if (!meeting) return notFound();
  const panel = await tx.panels.get(meeting.panelId);
  if (!panel) throw new Error(`Meeting ${meeting.id} belongs to a missing panel`);
  const items = await tx.agenda.listForMeeting(meeting.id);
  const viewer = viewerOf(await tx.panels.membershipsOf(personId), personId, panel.id, items);
  if (!viewer) return notFound();
  return ok({ meeting, panel, viewer, items });
}

/** The items a viewer sees: all of them, or an attendee's own. */
export function visibleItems(access: MeetingAccess, personId: string): AgendaItem[] {
  return access.viewer === "attendee"
    ? access.items.filter((item) => attendsItem(personId, item))
    : access.items;
}
