import { recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import type { DecisionOutcome } from "../model/decision.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { isDecisionNoticeKind, type DecisionNoticeKind } from "./decision-notices.js";

/** What a decision or action notice shows in a personal chat: the case reference, never the child's name. */
export interface DecisionNoticeView {
  kind: DecisionNoticeKind;
  panelName: string;
  meetingId: string;
  meetingStartsAt: string;
  reference: string | null;
  /** Decision notices. */
  outcome: DecisionOutcome | null;
  /** Decision notices: the decided item (family sharing is recorded against it). */
  agendaItemId: string | null;
  /** Family sharing requests: already recorded (the card then says so, and asks nothing). */
  shared: boolean;
  /** `#/children/{childId}` or `#/meetings/{id}/outcomes`: ids only. */
  tabPath: string;
  /** Action notices: the action as it is now. */
  action: { id: string; description: string; dueOn: string; done: boolean } | null;
}

export interface DecisionNoticeDelivery {
  view: DecisionNoticeView;
  recipient: ConversationReference | null;
}

/**
 * The notice as it stands now, and the recipient's personal chat (null while they cannot be reached). A notice
 * whose action, decision or meeting no longer exists, or an action already done, is not delivered (null).
 */
export async function loadDecisionNotice(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<DecisionNoticeDelivery | null> {
  if (!isDecisionNoticeKind(message.kind)) return null;
  const kind = message.kind;
  const text = (key: string) => (typeof message.payload[key] === "string" ? message.payload[key] : null);
  const meetingId = text("meetingId");
  if (!meetingId) return null;
  return deps.store.read(async (tx) => {
    const meeting = await tx.meetings.get(meetingId);
    const panel = meeting ? await tx.panels.get(meeting.panelId) : null;
    if (!meeting || !panel) return null;
    let action: DecisionNoticeView["action"] = null;
    let outcome: DecisionOutcome | null = null;
    let agendaItemId: string | null = null;
    let shared = false;
    let tabPath = `#/meetings/${encodeURIComponent(meeting.id)}/outcomes`;
    if (kind === "action.assigned") {
      const stored = await tx.actions.get(text("actionId") ?? "");
      if (!stored || stored.done) return null;
      action = { id: stored.id, description: stored.description, dueOn: stored.dueOn, done: stored.done };
    } else {
      const decisionId = text("decisionId");
      const items = await tx.agenda.listForMeeting(meeting.id);
      const decision = (await tx.votes.decisionsOfItems(items.map((i) => i.id))).find(
        (d) => d.id === decisionId,
      );
      if (!decision) return null;
      outcome = decision.outcome;
      agendaItemId = decision.agendaItemId;
      shared = (await tx.familySharing.ofDecisions([decision.id])).length > 0;
      if (decision.childId) tabPath = `#/children/${encodeURIComponent(decision.childId)}`;
    }
    const key = recipientConversation(message.recipient);
    const recipient = key ? await tx.conversations.get(key) : null;
    return {
      view: {
        kind,
        panelName: panel.name,
        meetingId: meeting.id,
        meetingStartsAt: meeting.startsAt,
        reference: text("reference"),
        outcome,
        agendaItemId,
        shared,
        tabPath,
        action,
      },
      recipient,
    };
  });
}
