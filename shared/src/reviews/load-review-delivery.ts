import { recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import { consultationRoles, type ConsultationRole } from "../model/cin-review.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { consultationTaskKind, planAmendedKind, reviewNoticeKinds } from "./review-notices.js";

/** What a CIN review card shows: the panel, the case reference and the tab's reviews page; never a name. */
export type ReviewNotice =
  | { kind: "plan-amended"; panelName: string; reference: string; reviewsPath: string; reviewedOn: string }
  | {
      kind: "consultation-task";
      panelName: string;
      reference: string;
      reviewsPath: string;
      role: ConsultationRole;
    };

export interface ReviewDelivery {
  notice: ReviewNotice;
  recipient: ConversationReference | null;
}

export const isReviewNotice = (message: OutboxMessage): boolean => reviewNoticeKinds.includes(message.kind);

/** The notice and the personal chat it goes to (null while the person has not chatted with Convenor). */
export async function loadReviewDelivery(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<ReviewDelivery | null> {
  const p = message.payload;
  const text = (key: string) => (typeof p[key] === "string" ? p[key] : null);
  const [panelName, reference, reviewsPath] = [text("panelName"), text("reference"), text("reviewsPath")];
  const key = recipientConversation(message.recipient);
  if (!panelName || !reference || !reviewsPath || !key) return null;
  let notice: ReviewNotice;
  if (message.kind === planAmendedKind) {
    notice = {
      kind: "plan-amended",
      panelName,
      reference,
      reviewsPath,
      reviewedOn: text("reviewedOn") ?? "",
    };
  } else if (message.kind === consultationTaskKind) {
    const role = consultationRoles.find((known) => known === p.role);
    if (!role) return null;
    notice = { kind: "consultation-task", panelName, reference, reviewsPath, role };
  } else {
    return null;
  }
  const recipient = await deps.store.read((tx) => tx.conversations.get(key));
  return { notice, recipient };
}
