import { readRoomContext } from "../meeting-room/room-context.js";
import type { Attendance, AgendaItem } from "../model/meeting.js";
import type { MinuteAction, MinuteUnmetNeed } from "../model/minute.js";
import type { Agency } from "../model/people.js";
import type { Decision } from "../model/rating.js";
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

/**
 * The meeting's actions and unmet need. They belong to the decisions area (merged separately); until the lead
 * wires its reads here (`tx.actions...`, `tx.unmetNeed...` or their equivalents), a draft carries none.
 * This is the one place to wire: every minute reads actions and unmet need through it.
 */
export async function readActionsAndUnmetNeed(
  _tx: StoreTx,
  _meetingId: string,
): Promise<{ actions: MinuteAction[]; unmetNeed: MinuteUnmetNeed[] }> {
  return Promise.resolve({ actions: [], unmetNeed: [] });
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
  const raised = await readActionsAndUnmetNeed(tx, meetingId);
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
