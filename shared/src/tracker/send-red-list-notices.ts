import { ukLocalDate } from "../calendar/iso-date.js";
import { meetingDeadlines } from "../calendar/meeting-deadlines.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { panelChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import { IdempotencyKeyTaken, type StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { once } from "./send-tracker-cards.js";
import { redListNoticeKind, redListPath } from "./tracker-notices.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/**
 * The red list reaches the panel two weeks before it meets (004 Process; the panel's `redListDeadline`): from
 * that day until the meeting, each planned meeting's panel chat gets one card with counts only (young people
 * listed, how many newly since the last meeting) and a link to the tab's red list. Once per meeting, on any
 * number of instances.
 */
export async function sendRedListNotices(deps: UseCaseDeps, actor: Actor): Promise<Result<{ sent: number }>> {
  const at = deps.clock.now().toISOString();
  const panels = (await deps.store.read((tx) => tx.panels.list())).filter((p) => p.preset === "cic-hrp");
  let sent = 0;
  for (const panel of panels) {
    const upcoming = await deps.store.read((tx) => tx.meetings.upcoming(panel.id, at));
    for (const meeting of upcoming) {
      try {
        if (await deps.store.transaction((tx) => sendForMeeting(deps, tx, actor, panel, meeting, at)))
          sent += 1;
      } catch (error) {
        if (!(error instanceof IdempotencyKeyTaken)) throw error;
      }
    }
  }
  return ok({ sent });
}

async function sendForMeeting(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panel: Panel,
  meeting: Meeting,
  at: string,
): Promise<boolean> {
  const today = ukLocalDate(at);
  const closure = await closureDatesAround(tx, ukLocalDate(meeting.startsAt));
  const deadline = meetingDeadlines(panel.settings, meeting.startsAt, closure).redList;
  if (!deadline || today < deadline) return false;
  if (!(await once(tx, `${redListNoticeKind}:${meeting.id}`, at))) return false;
  const listed = await redListedChildren(tx, meeting.id);
  const earlier = (await tx.meetings.listByPanel(panel.id)).filter(
    (other) => other.startsAt < meeting.startsAt && other.state !== "cancelled",
  );
  const before = earlier.at(-1);
  const listedBefore = before ? await redListedChildren(tx, before.id) : new Set<string>();
  const newlyListed = [...listed].filter((childId) => !listedBefore.has(childId)).length;
  await tx.outbox.enqueue(
    newOutboxMessage(deps, {
      kind: redListNoticeKind,
      recipient: panelChat(panel.id),
      payload: {
        panelId: panel.id,
        panelName: panel.name,
        meetingId: meeting.id,
        startsAt: meeting.startsAt,
        youngPeople: listed.size,
        newlyListed,
        redListPath: redListPath(meeting.id),
      },
      at,
    }),
  );
  await tx.audit.append({
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action: "tracker.red-list-sent",
    subjectType: "meeting",
    subjectId: meeting.id,
    childId: null,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
    detail: { youngPeople: listed.size, newlyListed },
  });
  return true;
}

async function redListedChildren(tx: StoreTx, meetingId: string): Promise<Set<string>> {
  const items = await tx.agenda.listForMeeting(meetingId);
  return new Set(
    items.filter((item) => item.source === "red-list" && item.childId).map((item) => item.childId!),
  );
}
