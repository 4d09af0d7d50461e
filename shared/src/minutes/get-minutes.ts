import { ukLocalDate } from "../calendar/iso-date.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import type { Actor } from "../model/actor.js";
import type { MinuteVersion } from "../model/minute.js";
import type { PresetKey } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { caseItemsInMinuteOf } from "../presets/panel-presets.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { keepsMinutes, readMinuteContext } from "./minute-context.js";
import { minuteDeadline, type MinuteDeadline } from "./minute-deadline.js";

/**
 * What the minutes page shows: to the chair and coordinators every version, the deadline and the case items;
 * to the panel's members the circulated and agreed versions (000 5: the minute goes to those at the meeting).
 */
export interface MinutesView {
  meetingId: string;
  panelId: string;
  panelName: string;
  preset: PresetKey;
  meetingDate: string;
  startsAt: string;
  /** Whether the actor keeps the minute (chair or coordinator): drafts, edits, circulates, records observations. */
  canKeep: boolean;
  /** Whether the actor may agree a version (the chair). */
  canAgree: boolean;
  caseItemsInMinute: "reference-and-decision" | "withheld";
  /**
   * Every version, oldest first; the last is the one edited, circulated and agreed. A member who does not keep
   * the minute sees the circulated and agreed versions only, never a draft.
   */
  versions: MinuteVersion[];
  deadline: MinuteDeadline;
  /** Case items, by reference, for recording observations; empty for a member who does not keep the minute. */
  caseItems: { agendaItemId: string; position: number; reference: string }[];
}

export async function getMinutes(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<MinutesView>> {
  const at = deps.clock.now().toISOString();
  // The minute names staff and case references; the agreements hold names the chair wrote, so reads are audited.
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId, { allowMembers: true });
    if (!context.ok) return context;
    const { meeting, panel, memberships } = context.value;
    const canKeep = keepsMinutes(memberships, actor.personId, panel.id);
    const versions = canKeep
      ? context.value.versions
      : context.value.versions.filter((v) => v.status !== "draft");
    const meetingDate = ukLocalDate(meeting.startsAt);
    const closed = await closureDatesAround(tx, meetingDate);
    const items = await tx.agenda.listForMeeting(meeting.id);
    if (versions.length) {
      await tx.audit.append(
        meetingAudit(deps, actor, "minutes.viewed", { type: "minutes", id: meeting.id }, at),
      );
    }
    return ok({
      meetingId: meeting.id,
      panelId: panel.id,
      panelName: panel.name,
      preset: panel.preset,
      meetingDate,
      startsAt: meeting.startsAt,
      canKeep,
      canAgree: memberships.some(
        (m) => m.personId === actor.personId && m.panelId === panel.id && m.roles.includes("chair"),
      ),
      caseItemsInMinute: caseItemsInMinuteOf(panel),
      versions,
      deadline: minuteDeadline(panel.settings, meeting, context.value.versions, ukLocalDate(at), closed),
      caseItems: (canKeep ? items : [])
        .filter((item) => item.childId !== null)
        .sort((a, b) => a.position - b.position)
        .map((item) => ({ agendaItemId: item.id, position: item.position, reference: item.title })),
    });
  });
}
