import { personChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** Personal-chat notices about decisions and actions; each payload carries ids and the case reference only. */
export const decisionNoticeKinds = {
  actionAssigned: "action.assigned",
  familySharingRequested: "decision.family-sharing-requested",
  isgOutcome: "decision.isg-outcome",
  placementForwarded: "decision.placement-forwarded",
} as const;
export type DecisionNoticeKind = (typeof decisionNoticeKinds)[keyof typeof decisionNoticeKinds];

const kinds: readonly string[] = Object.values(decisionNoticeKinds);
export const isDecisionNoticeKind = (kind: string): kind is DecisionNoticeKind => kinds.includes(kind);

export interface DecisionNoticePayload {
  meetingId: string;
  panelId: string;
  decisionId?: string;
  actionId?: string;
  /** The case reference, or null for an action on no case. */
  reference: string | null;
}

export function decisionNotice(
  deps: UseCaseDeps,
  actor: Actor,
  kind: DecisionNoticeKind,
  personId: string,
  payload: DecisionNoticePayload,
  at: string,
): OutboxMessage {
  return newOutboxMessage(deps, {
    kind,
    recipient: personChat(personId),
    payload: { ...payload, correlationId: actor.correlationId },
    at,
  });
}
