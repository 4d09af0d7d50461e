import type { Actor } from "../model/actor.js";
import type { MinuteVersion } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { caseItemsInMinuteOf } from "../presets/panel-presets.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { composeMinute } from "./compose-minute.js";
import { readMeetingRecord } from "./meeting-record.js";
import { MinuteCodes } from "./minute-codes.js";
import { readMinuteContext } from "./minute-context.js";

/**
 * The chair or coordinator drafts version 1 from the meeting record: attendance, apologies, quorum, items in
 * agenda order, decisions with reasons, votes and dissent, actions and unmet need. Once only: later changes
 * are edits. The meeting must have started in its chat or be past its start time, and not be cancelled.
 */
export async function draftMinute(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<MinuteVersion>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const { meeting, panel, latest } = context.value;
    if (latest)
      return fail(MinuteCodes.alreadyDrafted, `The minute is already drafted (version ${latest.version}).`);
    const started = (await tx.meetingRooms.get(meeting.id)) !== null;
    if (meeting.state === "cancelled" || (!started && meeting.startsAt > at)) {
      return fail(MinuteCodes.meetingNotHeld, "The minute is drafted once the meeting has been held.");
    }
    const record = await readMeetingRecord(tx, meeting.id);
    if (!record) return fail(MinuteCodes.meetingNotHeld, "The meeting's record was not found.");
    const minute: MinuteVersion = {
      meetingId: meeting.id,
      panelId: panel.id,
      version: 1,
      revision: 1,
      status: "draft",
      content: composeMinute(record, caseItemsInMinuteOf(panel)),
      agreements: [],
      contentiousIssues: "",
      editedById: actor.personId,
      editedAt: at,
      circulatedAt: null,
      agreedById: null,
      agreedAt: null,
      filedUrl: null,
      filedItemId: null,
      filedAt: null,
    };
    if (!(await tx.minutes.insert(minute))) {
      return fail(MinuteCodes.alreadyDrafted, "Someone drafted the minute at the same time.");
    }
    await tx.audit.append(
      meetingAudit(deps, actor, "minutes.drafted", { type: "minutes", id: meeting.id }, at, { version: 1 }),
    );
    return ok(minute);
  });
}
