import { canScreen } from "../../auth/policies.js";
import { ukLocalDate } from "../../calendar/iso-date.js";
import type { Actor } from "../../model/actor.js";
import { ErrorCodes } from "../../model/errors.js";
import type { Meeting } from "../../model/meeting.js";
import { fail, ok, type Result } from "../../model/result.js";
import type { StoreTx } from "../../ports/store.port.js";
import type { UseCaseDeps } from "../../use-case-deps.js";
import { storeMeetingChatLink } from "./store-meeting-chat-link.js";

export interface LinkMeetingChatInput {
  /** The meeting chat's conversation id. */
  conversationId: string;
  /** Where to post to it proactively (a Bot Framework conversation reference). */
  reference: Record<string, unknown>;
  /** The meeting chosen on the choice card; absent when typed. */
  meetingId?: string;
}

/** A meeting the chat could be linked to: ids, panel name and times only (the card goes to a shared chat). */
export interface MeetingChatChoice {
  meetingId: string;
  panelName: string;
  startsAt: string;
  endsAt: string;
}

export type LinkMeetingChatOutcome =
  { kind: "linked"; meeting: MeetingChatChoice } | { kind: "choose"; choices: MeetingChatChoice[] };

/** How long after its start a meeting can still be linked (a meeting running late is still on). */
const stillOnMs = 12 * 60 * 60_000;

/**
 * `@Convenor link meeting` in a meeting chat Convenor was added to by hand (a meeting made outside Convenor,
 * or by an external organiser): a chair or coordinator makes it the chat of their panel's next planned
 * meeting. When they chair several panels, or several of the panel's meetings are today, they choose.
 */
export async function linkMeetingChat(
  deps: UseCaseDeps,
  actor: Actor,
  input: LinkMeetingChatInput,
): Promise<Result<LinkMeetingChatOutcome>> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const chaired = [...new Set(memberships.map((m) => m.panelId))].filter((panelId) =>
      canScreen(memberships, actor.personId, panelId),
    );
    if (chaired.length === 0) {
      return fail(
        ErrorCodes.forbidden,
        "Only a panel's chair or coordinator can link a meeting chat to the panel's meeting.",
      );
    }
    const candidates = await candidateMeetings(tx, chaired, now);
    if (input.meetingId) {
      const chosen = candidates.all.find((choice) => choice.meetingId === input.meetingId);
      if (!chosen) return fail(ErrorCodes.notFound, "That meeting is no longer one you can link here.");
      return ok(await link(tx, chosen));
    }
    const [only, ...others] = candidates.offered;
    if (!only) {
      return fail(
        ErrorCodes.notFound,
        "Your panels have no planned meeting to link. Schedule the meeting in Convenor first.",
      );
    }
    if (others.length > 0) return ok({ kind: "choose", choices: candidates.offered });
    return ok(await link(tx, only));
  });

  async function link(tx: StoreTx, meeting: MeetingChatChoice): Promise<LinkMeetingChatOutcome> {
    await storeMeetingChatLink(deps, tx, actor, {
      meetingId: meeting.meetingId,
      conversationId: input.conversationId,
      reference: input.reference,
      by: "command",
    });
    return { kind: "linked", meeting };
  }
}

/**
 * The meetings offered: each chaired panel's next planned meeting, and its other meetings on the same day
 * when that day is today. `all` is every meeting still on or to come, which a choice may name.
 */
async function candidateMeetings(
  tx: StoreTx,
  panelIds: readonly string[],
  now: Date,
): Promise<{ offered: MeetingChatChoice[]; all: MeetingChatChoice[] }> {
  const today = ukLocalDate(now.toISOString());
  const offered: MeetingChatChoice[] = [];
  const all: MeetingChatChoice[] = [];
  for (const panelId of panelIds) {
    const panel = await tx.panels.get(panelId);
    if (!panel) continue;
    const meetings = (await tx.meetings.upcoming(panelId, new Date(now.getTime() - stillOnMs).toISOString()))
      .filter((meeting) => meeting.endsAt > now.toISOString())
      .map((meeting) => choiceOf(meeting, panel.name));
    all.push(...meetings);
    const [next] = meetings;
    if (!next) continue;
    const nextDay = ukLocalDate(next.startsAt);
    offered.push(
      ...(nextDay === today ? meetings.filter((meeting) => ukLocalDate(meeting.startsAt) === today) : [next]),
    );
  }
  offered.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return { offered, all };
}

const choiceOf = (meeting: Meeting, panelName: string): MeetingChatChoice => ({
  meetingId: meeting.id,
  panelName,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
});
