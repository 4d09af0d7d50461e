import { ukLocalDate } from "../calendar/iso-date.js";
import type { OutboxMessage } from "../model/audit.js";
import type { ReferralView } from "../referrals/referral-notice-view.js";
import { readReferralView } from "../referrals/referral-notice-view.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { recipientConversation, screeningCard } from "./conversation-key.js";
import { readScreeningCard } from "./load-screening-card.js";
import type { ConversationReference } from "./remember-personal-chat.js";

/** Everything needed to deliver one notification about a referral, read in one transaction. */
export interface Delivery {
  view: ReferralView;
  /** Where the recipient is reached; null while they cannot be (no personal chat, no linked panel chat). */
  recipient: ConversationReference | null;
  /** For a screening card: the card already posted for this referral (with its activity id), if any. */
  postedCard: ConversationReference | null;
  /** For a screening card: the screeners' personal chats. */
  screenerChats: ConversationReference[];
}

const screeningKinds: readonly string[] = ["referral.submitted", "referral.screened"];

/** Loads a notification's referral and where to send it; null when its referral no longer exists. */
export async function loadDelivery(deps: UseCaseDeps, message: OutboxMessage): Promise<Delivery | null> {
  const referralId = typeof message.payload.referralId === "string" ? message.payload.referralId : null;
  if (!referralId) return null;
  const today = ukLocalDate(deps.clock.now().toISOString());
  const key = recipientConversation(message.recipient);
  return deps.store.read(async (tx) => {
    const recipient = key ? await tx.conversations.get(key) : null;
    if (!screeningKinds.includes(message.kind)) {
      const view = await readReferralView(tx, referralId, today);
      return view ? { view, recipient, postedCard: null, screenerChats: [] } : null;
    }
    const card = await readScreeningCard(tx, referralId, today);
    if (!card) return null;
    const postedCard = await tx.conversations.get(screeningCard(referralId));
    return { ...card, recipient, postedCard };
  });
}

/** Saves where a referral's screening card was posted, so later notices update that card. */
export async function recordScreeningCard(
  deps: UseCaseDeps,
  input: { referralId: string; posted: ConversationReference },
): Promise<void> {
  await deps.store.transaction((tx) => tx.conversations.put(screeningCard(input.referralId), input.posted));
}
