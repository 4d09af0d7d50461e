import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Meeting } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingAudit, meetingNotice, meetingNoticeKinds } from "./meeting-records.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { deadlineViews } from "./deadline-views.js";
import { requireCalendar } from "./require-calendar.js";

export type MeetingSyncOutcome = "unchanged" | "moved" | "cancelled" | "not-linked";

/**
 * Brings a planned meeting in step with its calendar event: an event moved in Outlook moves the meeting (its
 * deadlines follow from the new date) and an event cancelled or deleted cancels it; either way every member
 * is told through the outbox. For the background job: the actor is the worker.
 */
export async function syncMeetingWithEvent(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<{ outcome: MeetingSyncOutcome; meeting: Meeting }>> {
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;
  const meeting = await deps.store.read((tx) => tx.meetings.get(input.meetingId));
  if (!meeting) return fail(ErrorCodes.notFound, "That meeting was not found.");
  if (meeting.state !== "planned" || !meeting.calendarEventId || !meeting.organiser) {
    return ok({ outcome: "not-linked", meeting });
  }
  const event = await calendar.value.getMeeting(meeting.organiser, meeting.calendarEventId);
  if (!event.ok) return event;

  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const current = await tx.meetings.get(meeting.id);
    // Changed since it was read (linked again, cancelled by a chair): the next pass looks again.
    if (!current || current.state !== "planned" || current.calendarEventId !== meeting.calendarEventId) {
      return ok({ outcome: "unchanged" as const, meeting: current ?? meeting });
    }
    if (!event.value || event.value.cancelled) {
      const cancelled: Meeting = { ...current, state: "cancelled" };
      await tx.meetings.update(cancelled);
      await tx.audit.append(meetingAudit(deps, actor, "meeting.cancelled-in-calendar", cancelled, at));
      await tellMembers(tx, deps, actor, cancelled, meetingNoticeKinds.cancelled, {}, at);
      return ok({ outcome: "cancelled" as const, meeting: cancelled });
    }
    const startsAt = new Date(event.value.start).toISOString();
    const endsAt = new Date(event.value.end).toISOString();
    const joinUrl = event.value.joinUrl ?? current.joinUrl;
    if (startsAt === current.startsAt && endsAt === current.endsAt) {
      if (joinUrl !== current.joinUrl) await tx.meetings.update({ ...current, joinUrl });
      return ok({ outcome: "unchanged" as const, meeting: { ...current, joinUrl } });
    }
    const moved: Meeting = { ...current, startsAt, endsAt, joinUrl };
    await tx.meetings.update(moved);
    const before = { startsAt: current.startsAt, endsAt: current.endsAt };
    await tx.audit.append(
      meetingAudit(deps, actor, "meeting.moved-in-calendar", moved, at, {
        before,
        after: { startsAt, endsAt },
      }),
    );
    await tellMembers(tx, deps, actor, moved, meetingNoticeKinds.moved, { previous: before }, at);
    return ok({ outcome: "moved" as const, meeting: moved });
  });
}

async function tellMembers(
  tx: StoreTx,
  deps: UseCaseDeps,
  actor: Actor,
  meeting: Meeting,
  kind: (typeof meetingNoticeKinds)[keyof typeof meetingNoticeKinds],
  extra: Record<string, unknown>,
  at: string,
): Promise<void> {
  const panel = await tx.panels.get(meeting.panelId);
  if (!panel) return;
  const members = await tx.panels.members(panel.id);
  const deadlines =
    meeting.state === "cancelled"
      ? null
      : deadlineViews(
          panel.settings,
          panel.preset,
          meeting.startsAt,
          ukLocalDate(at),
          await closureDatesAround(tx, ukLocalDate(meeting.startsAt)),
        );
  const payload = {
    meetingId: meeting.id,
    panelId: panel.id,
    panelName: panel.name,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    joinUrl: meeting.joinUrl,
    ...(deadlines ? { deadlines } : {}),
    ...extra,
  };
  const told = new Set<string>();
  for (const member of members) {
    if (told.has(member.personId) || member.roles.every((role) => role === "referrer")) continue;
    told.add(member.personId);
    await tx.outbox.enqueue(meetingNotice(deps, actor, kind, member.personId, payload, at));
  }
}
