import { canRunMeeting, isPanelMember } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { Attendance } from "../model/meeting.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingAudit } from "./meeting-audit.js";
import { MeetingRoomCodes } from "./meeting-room-codes.js";
import type { Quorum } from "./quorum.js";
import { requestRoomCardUpdate } from "./room-card-update.js";
import { readRoomContext } from "./room-context.js";
import { readMeetingRoomView, type MeetingRoomView } from "./meeting-room-view.js";
import type { StoreTx } from "../ports/store.port.js";

export interface MarkAttendanceInput {
  meetingId: string;
  /** Whose attendance; omitted for the person marking themselves. */
  personId?: string;
  status: Attendance["status"];
}

/**
 * A panel member marks themselves present ("I'm here") or gives apologies; the chair or coordinator marks
 * any member either way. Marking the same twice changes nothing.
 */
export async function markAttendance(
  deps: UseCaseDeps,
  actor: Actor,
  input: MarkAttendanceInput,
): Promise<Result<{ attendance: Attendance; quorum: Quorum; changed: boolean; view: MeetingRoomView }>> {
  const at = deps.clock.now().toISOString();
  const personId = input.personId ?? actor.personId;
  return deps.store.transaction(async (tx) => {
    const room = await readRoomContext(tx, input.meetingId);
    if (!room) return fail(ErrorCodes.notFound, "That meeting was not found.");
    if (!(await tx.meetingRooms.get(room.meeting.id))) {
      return fail(MeetingRoomCodes.notStarted, "The chair has not started this meeting in its chat yet.");
    }
    const panelId = room.panel.id;
    if (personId !== actor.personId && !canRunMeeting(room.memberships, actor.personId, panelId)) {
      return fail(MeetingRoomCodes.chairOnly, "Only the chair or coordinator can mark someone else.");
    }
    if (!isPanelMember(room.memberships, personId, panelId)) {
      return fail(
        MeetingRoomCodes.notPanelMember,
        personId === actor.personId
          ? "Attendance is taken for the panel's members; you are not a member of this panel."
          : "That person is not a member of this panel.",
      );
    }
    const previous = room.attendance.find((a) => a.personId === personId);
    if (previous?.status === input.status) {
      return ok({
        attendance: previous,
        quorum: room.quorum,
        changed: false,
        view: await viewOf(tx, room.meeting.id),
      });
    }
    const attendance: Attendance = {
      meetingId: room.meeting.id,
      personId,
      status: input.status,
      markedById: actor.personId,
      markedAt: at,
    };
    await tx.meetingRooms.markAttendance(attendance);
    await tx.audit.append(
      meetingAudit(
        deps,
        actor,
        `meeting.attendance-${input.status}`,
        { type: "meeting", id: room.meeting.id },
        at,
        {
          personId,
        },
      ),
    );
    await requestRoomCardUpdate(deps, tx, actor, room.meeting.id, at);
    const view = await viewOf(tx, room.meeting.id);
    return ok({ attendance, quorum: view.quorum, changed: true, view });
  });
}

async function viewOf(tx: StoreTx, meetingId: string): Promise<MeetingRoomView> {
  const view = await readMeetingRoomView(tx, meetingId);
  if (!view) throw new Error(`Meeting ${meetingId} vanished while attendance was marked`);
  return view;
}
