import {
  meetingChat,
  meetingRoomCard,
  personChat,
  questionCard,
  type ConversationKey,
} from "../conversations/conversation-key.js";
import { meetingCardKinds } from "../conversations/request-card-update.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import { readMeetingRoomView, type MeetingRoomView } from "../meeting-room/meeting-room-view.js";
import type { OutboxMessage } from "../model/audit.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readQuestionContext } from "./question-context.js";
import { readQuestionCardView, type QuestionCardView } from "./question-view.js";

type CardContent =
  | { kind: "room"; view: MeetingRoomView }
  | { kind: "question"; view: QuestionCardView; voterChats: ConversationReference[] };

export type MeetingCardDelivery = CardContent & {
  /** Which card, for `recordMeetingCard`. */
  card: MeetingCardRef;
  /** The version of the store the content shows. */
  version: number;
  /** The card already shows this version (a leftover update): nothing to send. */
  upToDate: boolean;
  /** The card as posted (with its activity id), once it is. */
  posted: ConversationReference | null;
  /**
   * Another delivery is posting the card for the first time (its activity id not yet recorded): wait this
   * long and try again, rather than post a second card.
   */
  firstPostElsewhereMs: number | null;
  /** The meeting chat; null while it is not linked. */
  recipient: ConversationReference | null;
};

export type MeetingCardRef = { kind: "room"; meetingId: string } | { kind: "question"; questionId: string };

export const isMeetingCardKind = (kind: string): boolean =>
  kind === meetingCardKinds.room || kind === meetingCardKinds.question;

const keyOf = (card: MeetingCardRef): ConversationKey =>
  card.kind === "room" ? meetingRoomCard(card.meetingId) : questionCard(card.questionId);

function cardOf(message: OutboxMessage): MeetingCardRef | null {
  const text = (key: string) => (typeof message.payload[key] === "string" ? message.payload[key] : null);
  const meetingId = text("meetingId");
  const questionId = text("questionId");
  if (message.kind === meetingCardKinds.room && meetingId) return { kind: "room", meetingId };
  if (message.kind === meetingCardKinds.question && questionId) return { kind: "question", questionId };
  return null;
}

/**
 * Takes a card's pending update, then reads what it shows: a change committed after the take queues a new
 * update (`CardRefreshes`), and one committed before it is in what is read, so the last change is always
 * rendered. The take is a transaction of its own: inside the read's, it would hold the card's row for the
 * whole read, and every vote of a burst would wait on it (PostgreSQL). Null when the card's meeting or
 * question no longer exists. Shared cards only: nothing identifying, so not audited.
 */
export async function takeMeetingCard(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<MeetingCardDelivery | null> {
  const card = cardOf(message);
  if (!card) return null;
  const key = keyOf(card);
  const nowMs = deps.clock.now().getTime();
  const { taken, firstPostElsewhereMs } = await deps.store.transaction(async (tx) => ({
    taken: await tx.cardRefreshes.take(key),
    firstPostElsewhereMs: await claimFirstPost(tx, key, message.id, nowMs),
  }));
  return deps.store.read(async (tx) => {
    const content = await contentOf(tx, card);
    if (!content) return null;
    const stored = await tx.conversations.get(key);
    const posted = stored && typeof stored.activityId === "string" ? stored : null;
    const recipient = await tx.conversations.get(meetingChat(content.view.meetingId));
    const version = taken?.wanted ?? 0;
    const upToDate = posted !== null && taken !== null && taken.rendered >= taken.wanted;
    return { ...content, card, version, upToDate, posted, recipient, firstPostElsewhereMs };
  });

  async function contentOf(tx: StoreTx, ref: MeetingCardRef) {
    if (ref.kind === "room") {
      const view = await readMeetingRoomView(tx, ref.meetingId);
      return view ? ({ kind: "room", view } as const) : null;
    }
    const context = await readQuestionContext(tx, ref.questionId, { lock: "none" });
    if (!context.ok) return null;
    const view = await readQuestionCardView(tx, context.value);
    const chats = await Promise.all(view.voterIds.map((id) => tx.conversations.get(personChat(id))));
    const voterChats = chats.filter((chat): chat is ConversationReference => chat !== null);
    return { kind: "question", view, voterChats } as const;
  }
}

/** How long a first post may take before another delivery may post the card instead (Teams answers in seconds). */
const firstPostClaimMs = 30_000;

/**
 * Before a card's first post: claims it for this outbox message, so that a second update of a card not yet
 * posted (another instance, or a retry) waits instead of posting a second card. Runs in the take's
 * transaction, which the card's refresh row serialises. Null when this delivery may go ahead (the card is
 * posted, or the claim is this message's, or free); otherwise how long until the other claim lapses.
 */
async function claimFirstPost(
  tx: StoreTx,
  key: ConversationKey,
  messageId: string,
  nowMs: number,
): Promise<number | null> {
  const stored = await tx.conversations.get(key);
  if (stored && typeof stored.activityId === "string") return null;
  const until = typeof stored?.postingUntil === "number" ? stored.postingUntil : 0;
  if (stored?.postingBy !== messageId && until > nowMs) return until - nowMs;
  await tx.conversations.put(key, { postingBy: messageId, postingUntil: nowMs + firstPostClaimMs });
  return null;
}

/** After a send or update: the card shows `version`; a first post's reference (with its activity id) is kept. */
export async function recordMeetingCard(
  deps: UseCaseDeps,
  input: { card: MeetingCardRef; version: number; posted?: ConversationReference },
): Promise<void> {
  const key = keyOf(input.card);
  await deps.store.transaction(async (tx) => {
    if (input.posted) await tx.conversations.put(key, input.posted);
    await tx.cardRefreshes.markRendered(key, input.version);
  });
}
