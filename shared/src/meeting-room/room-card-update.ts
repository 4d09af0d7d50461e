import { meetingChat, meetingRoomCard } from "../conversations/conversation-key.js";
import { meetingCardKinds, requestCardUpdate } from "../conversations/request-card-update.js";
import type { Actor } from "../model/actor.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** The running agenda card in the meeting chat is to show the latest agenda, attendance and quorum. */
export const requestRoomCardUpdate = (
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  meetingId: string,
  at: string,
): Promise<void> =>
  requestCardUpdate(
    deps,
    tx,
    actor,
    {
      kind: meetingCardKinds.room,
      recipient: meetingChat(meetingId),
      cardKey: meetingRoomCard(meetingId),
      payload: { meetingId },
    },
    at,
  );
