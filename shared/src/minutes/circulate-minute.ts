import { isPanelMember } from "../auth/policies.js";
import { personChat } from "../conversations/conversation-key.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { MinuteVersion } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";
import { checkReadVersion, readMinuteContext } from "./minute-context.js";
import { minuteCirculatedKind, minuteNotice, minutesPath } from "./minute-notices.js";

/**
 * The chair or coordinator circulates the latest version to those at the meeting (000 5): a card to the
 * personal chat of each panel member present with a link to the tab, by reference only (panel, date, version), never the text.
 */
export async function circulateMinute(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string; version: number; revision: number },
): Promise<Result<MinuteVersion>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const read = checkReadVersion(context.value, input);
    if (!read.ok) return read;
    const latest = read.value;
    if (latest.status === "agreed") {
      return fail(MinuteCodes.alreadyAgreed, `Version ${latest.version} is already agreed.`);
    }
    const circulated: MinuteVersion = {
      ...latest,
      revision: latest.revision + 1,
      status: "circulated",
      circulatedAt: latest.circulatedAt ?? at,
    };
    if (!(await tx.minutes.update(circulated, latest.revision))) {
      return fail(MinuteCodes.staleVersion, "Someone changed the minute at the same time. Reload to see it.");
    }
    const { meeting, panel } = context.value;
    // Those at the meeting who sit on the panel: an attendee invited to one item sees that item only.
    const attendees = (await tx.meetingRooms.attendance(meeting.id))
      .filter((a) => a.status === "present" && isPanelMember(context.value.memberships, a.personId, panel.id))
      .map((a) => a.personId);
    const payload = {
      meetingId: meeting.id,
      version: latest.version,
      panelName: panel.name,
      meetingDate: ukLocalDate(meeting.startsAt),
      minutesPath: minutesPath(meeting.id),
    };
    for (const personId of attendees) {
      await tx.outbox.enqueue(
        minuteNotice(deps, actor, minuteCirculatedKind, personChat(personId), payload, at),
      );
    }
    await tx.audit.append(
      meetingAudit(deps, actor, "minutes.circulated", { type: "minutes", id: meeting.id }, at, {
        version: latest.version,
        recipients: attendees.length,
      }),
    );
    return ok(circulated);
  });
}
