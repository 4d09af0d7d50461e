import { isPanelMember } from "../auth/policies.js";
import type { AgendaItem, Attendance, Meeting } from "../model/meeting.js";
import type { Panel, PanelMembership } from "../model/panel.js";
import type { StoreTx } from "../ports/store.port.js";
import { quorumOf, type Quorum } from "./quorum.js";

/** A meeting with what every meeting-room rule needs: its panel, the panel's members, agenda and attendance. */
export interface RoomContext {
  meeting: Meeting;
  panel: Panel;
  /** Every membership on the panel (any role). */
  memberships: PanelMembership[];
  /** The panel's members proper (chair, coordinator, member), one a person. */
  members: PanelMembership[];
  items: AgendaItem[];
  attendance: Attendance[];
  quorum: Quorum;
}

export async function readRoomContext(tx: StoreTx, meetingId: string): Promise<RoomContext | null> {
  const meeting = await tx.meetings.get(meetingId);
  if (!meeting) return null;
  const panel = await tx.panels.get(meeting.panelId);
  if (!panel) return null;
  const memberships = await tx.panels.members(panel.id);
  const seen = new Set<string>();
  const members = memberships.filter((m) => {
    if (seen.has(m.personId) || !isPanelMember(memberships, m.personId, panel.id)) return false;
    seen.add(m.personId);
    return true;
  });
  const items = await tx.agenda.listForMeeting(meeting.id);
  const attendance = await tx.meetingRooms.attendance(meeting.id);
  return {
    meeting,
    panel,
    memberships,
    members,
    items,
    attendance,
    quorum: quorumOf(members, attendance, panel.settings.quorumAgencies),
  };
}
