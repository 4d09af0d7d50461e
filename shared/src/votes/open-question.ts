import { canRunMeeting } from "../auth/policies.js";
import { requestRoomCardUpdate } from "../meeting-room/room-card-update.js";
import { MeetingRoomCodes } from "../meeting-room/meeting-room-codes.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { readRoomContext } from "../meeting-room/room-context.js";
import { readMeetingRoomView, type MeetingRoomView } from "../meeting-room/meeting-room-view.js";
import type { Actor } from "../model/actor.js";
import { ragAreas, type RatingArea, type VoteQuestion } from "../model/rating.js";
import { fail, ok, type Result } from "../model/result.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { requestQuestionCardUpdate } from "./question-context.js";
import { VoteCodes } from "./vote-codes.js";

export interface OpenQuestionInput {
  meetingId: string;
  agendaItemId: string;
  kind: VoteQuestion["kind"];
}

/**
 * The chair opens a rating round (case items only: the CiC High Risk Panel rates the tracker's five areas,
 * other panels one overall rating) or a decision vote on an agenda item. Its card is posted to the meeting
 * chat through the outbox. One open question of a kind an item: opening it again returns the open one.
 */
export async function openQuestion(
  deps: UseCaseDeps,
  actor: Actor,
  input: OpenQuestionInput,
): Promise<Result<{ question: VoteQuestion; alreadyOpen: boolean; room: MeetingRoomView | null }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const room = await readRoomContext(tx, input.meetingId);
    const item = room?.items.find((candidate) => candidate.id === input.agendaItemId);
    if (!room || !item)
      return fail(MeetingCodes.itemNotFound, "That agenda item was not found on this meeting.");
    if (!canRunMeeting(room.memberships, actor.personId, room.panel.id)) {
      return fail(
        MeetingRoomCodes.chairOnly,
        "Only the panel's chair or coordinator can open a rating round or vote.",
      );
    }
    if (!(await tx.meetingRooms.get(room.meeting.id))) {
      return fail(MeetingRoomCodes.notStarted, "Start the meeting in its chat first: start meeting.");
    }
    if (input.kind === "rating" && item.childId === null) {
      return fail(VoteCodes.notACaseItem, "Rating rounds are for case items; this item is a topic.");
    }
    const existing = (await tx.votes.questionsOfMeeting(room.meeting.id)).find(
      (q) => q.agendaItemId === item.id && q.kind === input.kind && q.state !== "closed",
    );
    if (existing) {
      return ok({
        question: existing,
        alreadyOpen: true,
        room: await readMeetingRoomView(tx, room.meeting.id),
      });
    }
    const areas: RatingArea[] =
      input.kind === "decision" ? [] : room.panel.preset === "cic-hrp" ? [...ragAreas] : ["overall"];
    const question: VoteQuestion = {
      id: newIdFrom(deps),
      meetingId: room.meeting.id,
      agendaItemId: item.id,
      kind: input.kind,
      areas,
      state: "open",
      openedById: actor.personId,
      openedAt: at,
      closedAt: null,
    };
    await tx.votes.insertQuestion(question);
    await tx.audit.append(
      meetingAudit(deps, actor, `vote.${input.kind}-opened`, { type: "meeting", id: room.meeting.id }, at, {
        questionId: question.id,
        agendaItemId: item.id,
      }),
    );
    await requestQuestionCardUpdate(deps, tx, actor, question, at);
    await requestRoomCardUpdate(deps, tx, actor, room.meeting.id, at);
    return ok({ question, alreadyOpen: false, room: await readMeetingRoomView(tx, room.meeting.id) });
  });
}
