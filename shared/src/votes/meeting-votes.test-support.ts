import { linkedMeeting, meetingChat } from "../conversations/conversation-key.js";
import {
  addMember,
  aMeetingScenario,
  anAcceptedReferral,
  builtAgenda,
} from "../meetings/meeting-scenario.test-support.js";
import { startMeeting } from "../meeting-room/start-meeting.js";
import type { AgendaItem } from "../model/meeting.js";
import type { PresetKey } from "../model/panel.js";
import type { Person } from "../model/people.js";
import type { Referral } from "../model/referral.js";
import { aMembership, aPerson } from "../testing/builders.js";
import type { MeetingScenario } from "../meetings/meeting-scenario.test-support.js";

export interface VotingScenario extends MeetingScenario {
  referral: Referral;
  caseItem: AgendaItem;
  topicItem: AgendaItem | undefined;
  police: Person;
  meetingId: string;
  conversationId: string;
}

/**
 * The March meeting with one accepted referral on its agenda, its chat linked (as `link meeting` will do),
 * and the meeting started by the chair. Members: chair and coordinator (education), member (health), a
 * police officer; quorum is three agencies. The invitee is invited to the case item only.
 */
export async function aVotingScenario(preset: PresetKey = "isg"): Promise<VotingScenario> {
  const s = await aMeetingScenario(preset);
  const police = aPerson({ id: "police", displayName: "Pat Police", agency: "police" });
  await addMember(s, police);
  await s.store.transaction(async (tx) => {
    const members = await tx.panels.members(s.panel.id);
    await tx.panels.setMembers(s.panel.id, [
      ...members.filter((m) => m.personId !== police.id),
      aMembership(s.panel, police, ["member"], { agency: "police" }),
    ]);
  });
  const referral = await anAcceptedReferral(s);
  await builtAgenda(s);
  const meetingId = "meeting-mar";
  const conversationId = "19:meeting-chat@thread.v2";
  const items = await s.store.read((tx) => tx.agenda.listForMeeting(meetingId));
  const caseItem = items.find((item) => item.referralId === referral.id)!;
  await s.store.transaction(async (tx) => {
    await tx.agenda.update({ ...caseItem, invitedPersonIds: [s.invitee.id] });
    await tx.conversations.put(linkedMeeting(conversationId), { meetingId });
    await tx.conversations.put(meetingChat(meetingId), { conversation: { id: conversationId } });
  });
  const started = await startMeeting(s.deps, s.actor(s.people.chair), { conversationId });
  if (!started.ok) throw new Error(started.error.message);
  return {
    ...s,
    referral,
    caseItem: { ...caseItem, invitedPersonIds: [s.invitee.id] },
    topicItem: items.find((item) => item.childId === null),
    police,
    meetingId,
    conversationId,
  };
}
