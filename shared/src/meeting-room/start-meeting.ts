import { canRunMeeting } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingAudit } from "./meeting-audit.js";
import { MeetingRoomCodes } from "./meeting-room-codes.js";
import { requestRoomCardUpdate } from "./room-card-update.js";
import { meetingOfChat } from "../meetings/meeting-chat/find-linked-meeting.js";
import { readRoomContext } from "./room-context.js";

export interface StartMeetingResult {
  meetingId: string;
  /** It was started before: the running agenda card is brought up to date, not posted again. */
  alreadyStarted: boolean;
}

/**
 * `start meeting` in a linked meeting chat, by the panel's chair or coordinator: the running agenda card
 * (references only, attendance, quorum) is posted to the chat through the outbox, once.
 */
export async function startMeeting(
  deps: UseCaseDeps,
  actor: Actor,
  input: { conversationId: string },
): Promise<Result<StartMeetingResult>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const meetingId = await meetingOfChat(tx, input.conversationId);
    if (!meetingId) {
      return fail(
        MeetingRoomCodes.chatNotLinked,
        "This chat is not linked to a panel meeting. The chair links it first with: link meeting.",
      );
    }
    const room = await readRoomContext(tx, meetingId);
    if (!room)
      return fail(MeetingRoomCodes.chatNotLinked, "The meeting this chat was linked to no longer exists.");
    if (!canRunMeeting(room.memberships, actor.personId, room.panel.id)) {
      return fail(MeetingRoomCodes.chairOnly, "Only the panel's chair or coordinator can start the meeting.");
    }
    const started = await tx.meetingRooms.start({ meetingId, startedAt: at, startedById: actor.personId });
    if (started) {
      await tx.audit.append(
        meetingAudit(deps, actor, "meeting.started", { type: "meeting", id: meetingId }, at),
      );
    }
    await requestRoomCardUpdate(deps, tx, actor, meetingId, at);
    return ok({ meetingId, alreadyStarted: !started });
  });
}
