import type { AgendaItem, Attendance } from "../model/meeting.js";
import type { Agency } from "../model/people.js";
import type { VoteQuestion } from "../model/rating.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { Quorum } from "./quorum.js";
import { readRoomContext } from "./room-context.js";

/**
 * What the running agenda card shows in the meeting chat, to everyone: items by reference or topic, staff
 * names, attendance and quorum. Nothing identifying about a child, so reading it is not audited.
 */
export interface MeetingRoomView {
  meetingId: string;
  panelName: string;
  startsAt: string;
  started: boolean;
  items: {
    id: string;
    position: number;
    /** A case reference for case items, the topic for standing items. */
    title: string;
    source: AgendaItem["source"];
    presenterName: string | null;
    caseItem: boolean;
    questions: Pick<VoteQuestion, "id" | "kind" | "state">[];
    /** A decision is recorded for it (by a vote, or by the chair in the tab). */
    decided: boolean;
  }[];
  people: { personId: string; name: string; agency: Agency; status: Attendance["status"] | null }[];
  quorum: Quorum;
}

export async function readMeetingRoomView(tx: StoreTx, meetingId: string): Promise<MeetingRoomView | null> {
  const room = await readRoomContext(tx, meetingId);
  if (!room) return null;
  const questions = await tx.votes.questionsOfMeeting(meetingId);
  const decided = new Set((await tx.votes.decisionsOfMeeting(meetingId)).map((d) => d.agendaItemId));
  const presenterIds = room.items.map((item) => item.presenterId).filter((id): id is string => id !== null);
  const people = await Promise.all(
    [...new Set([...room.members.map((m) => m.personId), ...presenterIds])].map((id) => tx.people.get(id)),
  );
  const nameOf = (id: string) => people.find((p) => p?.id === id)?.displayName ?? "Unknown";
  return {
    meetingId,
    panelName: room.panel.name,
    startsAt: room.meeting.startsAt,
    started: (await tx.meetingRooms.get(meetingId)) !== null,
    items: room.items.map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      source: item.source,
      presenterName: item.presenterId ? nameOf(item.presenterId) : null,
      caseItem: item.childId !== null,
      questions: questions
        .filter((q) => q.agendaItemId === item.id)
        .map((q) => ({ id: q.id, kind: q.kind, state: q.state })),
      decided: decided.has(item.id),
    })),
    people: room.members
      .map((m) => ({
        personId: m.personId,
        name: nameOf(m.personId),
        agency: m.agency,
        status: room.attendance.find((a) => a.personId === m.personId)?.status ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    quorum: room.quorum,
  };
}

/** The running agenda card's content, for the card that answers a click on it. */
export function loadMeetingRoomView(
  deps: UseCaseDeps,
  input: { meetingId: string },
): Promise<MeetingRoomView | null> {
  return deps.store.read((tx) => readMeetingRoomView(tx, input.meetingId));
}
