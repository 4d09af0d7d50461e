import { personChat } from "../conversations/conversation-key.js";
import type { OutboxMessage } from "../model/audit.js";
import type { Panel } from "../model/panel.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { reviewsPath } from "./review-reference.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** Outbox kinds of CIN reviews; each goes to one person's personal chat, by case reference only. */
export const planAmendedKind = "review.plan-amended";
export const consultationTaskKind = "review.consultation-task";
export const reviewNoticeKinds: readonly string[] = [planAmendedKind, consultationTaskKind];

/** A notice about one plan to one person: the panel, the case reference, and the tab's reviews page. */
export function reviewNotice(
  deps: UseCaseDeps,
  kind: string,
  personId: string,
  panel: Panel,
  reference: string,
  at: string,
  extra: Record<string, unknown> = {},
): OutboxMessage {
  return newOutboxMessage(deps, {
    kind,
    recipient: personChat(personId),
    payload: {
      panelId: panel.id,
      panelName: panel.name,
      reference,
      reviewsPath: reviewsPath(panel.id),
      ...extra,
    },
    at,
  });
}
