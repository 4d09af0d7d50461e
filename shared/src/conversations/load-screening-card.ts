import { ukLocalDate } from "../calendar/iso-date.js";
import type { StoreTx } from "../ports/store.port.js";
import { readReferralView, type ReferralView } from "../referrals/referral-notice-view.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { personChat } from "./conversation-key.js";
import type { ConversationReference } from "./remember-personal-chat.js";

/** What the shared screening card shows, and the personal chats of the screeners who can be reached. */
export interface ScreeningCardContent {
  view: ReferralView;
  /** The screeners' personal chats: their Teams user ids make their clients fetch their own detail view. */
  screenerChats: ConversationReference[];
}

/** The shared screening card's content for a referral (nothing identifying, so not audited). */
export async function loadScreeningCard(
  deps: UseCaseDeps,
  input: { referralId: string },
): Promise<ScreeningCardContent | null> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read((tx) => readScreeningCard(tx, input.referralId, today));
}

export async function readScreeningCard(
  tx: StoreTx,
  referralId: string,
  today: string,
): Promise<ScreeningCardContent | null> {
  const view = await readReferralView(tx, referralId, today);
  if (!view) return null;
  const chats = await Promise.all(view.screenerIds.map((id) => tx.conversations.get(personChat(id))));
  return { view, screenerChats: chats.filter((chat): chat is ConversationReference => chat !== null) };
}
