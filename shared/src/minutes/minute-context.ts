import { canScreen, isPanelMember } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { MinuteVersion } from "../model/minute.js";
import type { Panel, PanelMembership } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import { MinuteCodes } from "./minute-codes.js";

/** A meeting, its panel, and its minute's versions (oldest first). */
export interface MinuteContext {
  meeting: Meeting;
  panel: Panel;
  memberships: PanelMembership[];
  versions: MinuteVersion[];
  latest: MinuteVersion | null;
}

/** Chairs and coordinators keep the minute and case observations (003 1.6, 2.5; 002 B 3.4 i). */
export const keepsMinutes = (memberships: readonly PanelMembership[], personId: string, panelId: string) =>
  canScreen(memberships, personId, panelId);

/**
 * The meeting's minute context, refused unless the actor is the panel's chair or coordinator; with
 * `allowMembers`, the panel's members too (they read circulated and agreed versions).
 */
export async function readMinuteContext(
  tx: StoreTx,
  actor: Actor,
  meetingId: string,
  options: { allowMembers?: boolean } = {},
): Promise<Result<MinuteContext>> {
  const meeting = await tx.meetings.get(meetingId);
  const panel = meeting ? await tx.panels.get(meeting.panelId) : null;
  if (!meeting || !panel) return fail(MeetingCodes.notFound, "That meeting was not found.");
  const memberships = await tx.panels.members(panel.id);
  const reads = options.allowMembers && isPanelMember(memberships, actor.personId, panel.id);
  if (!reads && !keepsMinutes(memberships, actor.personId, panel.id)) {
    return fail(
      MinuteCodes.notChairOrCoordinator,
      "Only the panel's chair or coordinator can keep its minutes.",
    );
  }
  const versions = await tx.minutes.versions(meetingId);
  return ok({ meeting, panel, memberships, versions, latest: versions.at(-1) ?? null });
}

/** The version the person read must still be the latest, at the revision they read. */
export function checkReadVersion(
  context: MinuteContext,
  read: { version: number; revision: number },
): Result<MinuteVersion> {
  const { latest } = context;
  if (!latest) return fail(MinuteCodes.noDraft, "There is no minute for this meeting yet.");
  if (latest.version !== read.version || latest.revision !== read.revision) {
    return fail(
      MinuteCodes.staleVersion,
      `The minute changed since you opened it (now version ${latest.version}, ${latest.status}). Reload to see the change.`,
    );
  }
  return ok(latest);
}
