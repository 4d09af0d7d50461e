import type { ScheduledMeetingView } from "../api/scheduling-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { errorCatalogue } from "../model/error-codes.js";
import type { Meeting } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import type { CalendarPort } from "../ports/calendar.port.js";
import { IdempotencyKeyTaken, type StoreTx } from "../ports/store.port.js";
import { requestFingerprint } from "../referrals/request-fingerprint.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { makeMeetingEvent } from "./make-meeting-event.js";
import { meetingAudit } from "./meeting-records.js";
import { scheduledMeetingView } from "./meeting-view.js";
import { requireCalendar } from "./require-calendar.js";
import { SchedulingCodes } from "./scheduling-codes.js";
import { loadSchedulingPanel } from "./scheduling-panel.js";
import { slotBreaches } from "./slot-breaches.js";

export interface ScheduleMeetingInput {
  panelId: string;
  idempotencyKey: string;
  /** ISO date-time with an offset. */
  startsAt: string;
  /** Default: the panel's meeting length. */
  durationMinutes?: number;
  /** `convenor`: Convenor makes the calendar event now; `outlook`: the add-in links the chair's own. */
  eventBy: "convenor" | "outlook";
  /** Needed when the slot breaks a deadline, the quorum or a required agency; audited. */
  overrideReason?: string;
  /** Convenor's public address, for the agenda link in the invitation. */
  appUrl: string;
}

/** What the idempotency key keeps: the meeting the first request recorded and what it overrode. */
interface StoredSchedule {
  meetingId: string;
  request: string;
  overridden: string[];
}

const scope = "meeting.schedule";

/**
 * Schedules a panel meeting (chair or coordinator). The meeting is recorded first, pending, in the same
 * transaction as the idempotency key; then the calendar event is made with a Teams meeting, its transaction
 * id the meeting id; then the meeting is marked planned. A Graph failure leaves the pending meeting and
 * answers the Graph code: the same request again (same key) finishes it and never makes a second event.
 */
export async function scheduleMeeting(
  deps: UseCaseDeps,
  actor: Actor,
  input: ScheduleMeetingInput,
): Promise<Result<ScheduledMeetingView>> {
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;
  const port = calendar.value;
  const key = `${scope}:${actor.personId}:${input.idempotencyKey}`;
  const { appUrl: _appUrl, ...request } = input;
  const fingerprint = requestFingerprint(request);

  const earlier = await deps.store.read((tx) => storedSchedule(tx, key, fingerprint));
  if (!earlier.ok) return earlier;
  const recorded = earlier.value ? ok({ stored: earlier.value, replayed: true }) : await record();
  if (!recorded.ok) return recorded;
  return finish(deps, port, actor, input, recorded.value.stored, recorded.value.replayed);

  async function record(): Promise<Result<{ stored: StoredSchedule; replayed: boolean }>> {
    const now = deps.clock.now();
    const today = ukLocalDate(now.toISOString());
    const loaded = await deps.store.read((tx) => loadSchedulingPanel(tx, actor, input.panelId, today));
    if (!loaded.ok) return loaded;
    const { panel, scheduler, attendees, closed } = loaded.value;
    const start = new Date(input.startsAt);
    if (start.getTime() <= now.getTime()) {
      return fail(SchedulingCodes.meetingInPast, "That time has passed; choose a time still to come.");
    }
    const durationMinutes = input.durationMinutes ?? panel.settings.meetingMinutes;
    const slot = {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + durationMinutes * 60_000).toISOString(),
    };
    const breaches = await slotBreaches(port, panel, scheduler.email, attendees, slot, today, closed);
    if (!breaches.ok) return breaches;
    if (breaches.value.length > 0 && !input.overrideReason) {
      return fail(
        SchedulingCodes.overrideReasonRequired,
        `This slot needs a reason to be chosen: ${breaches.value.join("; ")}.`,
        [
          {
            field: "overrideReason",
            code: SchedulingCodes.overrideReasonRequired,
            message: "Give a reason.",
          },
        ],
      );
    }
    const meeting: Meeting = {
      id: newIdFrom(deps),
      panelId: panel.id,
      ...slot,
      state: "pending",
      calendarEventId: null,
      joinUrl: null,
      organiser: scheduler.email,
      eventBy: input.eventBy,
    };
    const stored: StoredSchedule = {
      meetingId: meeting.id,
      request: fingerprint,
      overridden: breaches.value,
    };
    const at = now.toISOString();
    try {
      await deps.store.transaction(async (tx) => {
        const raced = await storedSchedule(tx, key, fingerprint);
        if (!raced.ok || raced.value) throw new IdempotencyKeyTaken(key);
        await tx.idempotency.put({ key, scope, result: stored, createdAt: at });
        await tx.meetings.insert(meeting);
        await tx.audit.append(
          meetingAudit(deps, actor, "meeting.schedule-requested", meeting, at, {
            startsAt: meeting.startsAt,
            endsAt: meeting.endsAt,
            eventBy: input.eventBy,
            ...(breaches.value.length > 0
              ? { overridden: breaches.value, reason: input.overrideReason }
              : {}),
          }),
        );
      });
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken)) throw error;
      const again = await deps.store.read((tx) => storedSchedule(tx, key, fingerprint));
      if (!again.ok) return again;
      if (!again.value) throw error;
      return ok({ stored: again.value, replayed: true });
    }
    return ok({ stored, replayed: false });
  }
}

/** Makes the pending meeting's calendar event (when Convenor makes it) and answers with the meeting. */
async function finish(
  deps: UseCaseDeps,
  calendar: CalendarPort,
  actor: Actor,
  input: ScheduleMeetingInput,
  stored: StoredSchedule,
  replayed: boolean,
): Promise<Result<ScheduledMeetingView>> {
  const loaded = await deps.store.read(async (tx) => {
    const meeting = await tx.meetings.get(stored.meetingId);
    if (!meeting) throw new Error(`Idempotency key points at a missing meeting ${stored.meetingId}`);
    const panel = await loadSchedulingPanel(
      tx,
      actor,
      meeting.panelId,
      ukLocalDate(deps.clock.now().toISOString()),
    );
    return panel.ok ? ok({ meeting, ...panel.value }) : panel;
  });
  if (!loaded.ok) return loaded;
  const { meeting, panel, attendees, closed } = loaded.value;
  const view = (current: Meeting) =>
    ok(
      scheduledMeetingView(panel, current, deps.clock.now(), closed, {
        overridden: stored.overridden,
        replayed,
      }),
    );
  if (meeting.state !== "pending" || input.eventBy === "outlook") return view(meeting);

  const planned = await makeMeetingEvent(
    deps,
    calendar,
    actor,
    { meeting, panel, attendees, organiser: meeting.organiser ?? loaded.value.scheduler.email },
    input.appUrl,
  );
  return planned.ok ? view(planned.value) : planned;
}

async function storedSchedule(
  tx: StoreTx,
  key: string,
  fingerprint: string,
): Promise<Result<StoredSchedule | null>> {
  const record = await tx.idempotency.get(key);
  if (!record) return ok(null);
  const stored = record.result as StoredSchedule;
  if (stored.request !== fingerprint) {
    return fail(
      errorCatalogue.idempotency.keyReused,
      "This meeting was already requested with different details. Start again to schedule another one.",
    );
  }
  return ok(stored);
}
