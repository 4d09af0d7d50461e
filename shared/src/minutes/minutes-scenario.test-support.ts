import { markAttendance } from "../meeting-room/mark-attendance.js";
import type { PresetKey } from "../model/panel.js";
import { FakeWordDocuments } from "../testing/fake-word-documents.js";
import { castVote } from "../votes/cast-vote.js";
import { closeDecisionVote } from "../votes/close-decision-vote.js";
import { aVotingScenario, type VotingScenario } from "../votes/meeting-votes.test-support.js";
import { openQuestion } from "../votes/open-question.js";

export interface MinutesScenario extends VotingScenario {
  wordDocuments: FakeWordDocuments;
}

/**
 * The March meeting held: chair, member and police officer present, the coordinator's apologies, and the
 * case item decided (approved 2 to 1, the police officer dissenting with a reason). The clock is that
 * afternoon; the panel's library is `site-1` and its restricted library `site-restricted`.
 */
export async function aHeldMeeting(
  preset: PresetKey = "isg",
  options: { restrictedLibrary?: boolean } = {},
): Promise<MinutesScenario> {
  const s = await aVotingScenario(preset);
  for (const who of [s.people.chair, s.people.member, s.police]) {
    await markAttendance(s.deps, s.actor(who), { meetingId: s.meetingId, status: "present" });
  }
  await markAttendance(s.deps, s.actor(s.people.coordinator), {
    meetingId: s.meetingId,
    status: "apologies",
  });
  const opened = await openQuestion(s.deps, s.actor(s.people.chair), {
    meetingId: s.meetingId,
    agendaItemId: s.caseItem.id,
    kind: "decision",
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const questionId = opened.value.question.id;
  await castVote(s.deps, s.actor(s.people.chair), { questionId, decision: "approve" });
  await castVote(s.deps, s.actor(s.people.member), { questionId, decision: "approve" });
  await castVote(s.deps, s.actor(s.police), {
    questionId,
    decision: "decline",
    reason: "Risk not yet assessed",
  });
  const closed = await closeDecisionVote(s.deps, s.actor(s.people.chair), {
    questionId,
    reasons: "Support package meets the assessed need",
  });
  if (!closed.ok) throw new Error(closed.error.message);
  if (options.restrictedLibrary !== false) {
    await s.store.transaction((tx) => tx.panelLibraries.setRestrictedSite(s.panel.id, "site-restricted"));
  }
  s.clock.set("2026-03-05T15:00:00.000Z");
  const wordDocuments = new FakeWordDocuments();
  return { ...s, deps: { ...s.deps, wordDocuments }, wordDocuments };
}
