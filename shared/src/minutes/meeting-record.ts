import { readRoomContext } from "../meeting-room/room-context.js";
import { actionsOfMeeting } from "../decisions/action-reads.js";
import type { Attendance, AgendaItem, Meeting } from "../model/meeting.js";
import type { MinuteAction, MinuteUnmetNeed } from "../model/minute.js";
import type { Agency } from "../model/people.js";
import { resourceLabels, type Decision } from "../model/decision.js";
import type { StoreTx } from "../ports/store.port.js";
import { quorumSentence } from "../meeting-room/quorum.js";

/**
 * Everything the draft minute is built from, as read from the store: who came, the items in agenda order,
 * the decisions made, and the actions and unmet need raised. Names are staff names only.
 */
export interface MeetingRecord {
  present: { personId: string; name: string; agency: Agency }[];
  apologies: { personId: string; name: string; agency: Agency }[];
  quorum: string;
  items: AgendaItem[];
  decisions: Decision[];
  /** Staff names of everyone who voted or dissented, by person id. */
  names: Record<string, string>;
  actions: MinuteAction[];
  unmetNeed: MinuteUnmetNeed[];
}

/** The actions agreed at the meeting and the unmet need it raised (000 4c), by case reference only. */
export async function readActionsAndUnmetNeed(
  tx: StoreTx,
  meeting: Pick<Meeting, "id" | "panelId">,
): Promise<{ actions: MinuteAction[]; unmetNeed: MinuteUnmetNeed[] }> {
  const actions = await actionsOfMeeting(tx, meeting.id);
  const register = await tx.unmetNeed.listForPanel(meeting.panelId);
  return {
    actions: actions.map(({ description, ownerName, dueOn, done }) => ({
      description,
      ownerName,
      dueOn,
      done,
    })),
    unmetNeed: register
      .filter((need) => need.meetingId === meeting.id)
      .map((need) => ({ resource: resourceLabels[need.resource], caseReference: need.reference })),
  };
}

export async function readMeetingRecord(tx: StoreTx, meetingId: string): Promise<MeetingRecord | null> {
  const room = await readRoomContext(tx, meetingId);
  if (!room) return null;
  const decisions = await tx.votes.decisionsOfMeeting(meetingId);
  const ids = new Set<string>(room.attendance.map((a) => a.personId));
  for (const decision of decisions) {
    for (const vote of decision.votes) ids.add(vote.voterId);
    for (const dissent of decision.dissent) ids.add(dissent.personId);
  }
  const people = await tx.people.getMany([...ids]);
  const names = Object.fromEntries(people.map((p) => [p.id, p.displayName]));
  const agencyOf = (personId: string): Agency =>
    room.memberships.find((m) => m.personId === personId)?.agency ??
    people.find((p) => p.id === personId)?.agency ??
    "other";
  const withStatus = (status: Attendance["status"]) =>
    room.attendance
      .filter((a) => a.status === status)
      .map((a) => ({
        personId: a.personId,
        name: names[a.personId] ?? "Unknown",
        agency: agencyOf(a.personId),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const raised = await readActionsAndUnmetNeed(tx, room.meeting);
  return {
    present: withStatus("present"),
    apologies: withStatus("apologies"),
    quorum: quorumSentence(room.quorum),
    items: [...room.items].sort((a, b) => a.position - b.position),
    decisions,
    names,
    ...raised,
  };
}
