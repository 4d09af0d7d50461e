import type { AgendaView } from "../api/meeting-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { Referral } from "../model/referral.js";
import { ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { nextOpenMeeting } from "../referrals/next-open-meeting.js";
import { takePendingEarlyReviews } from "../reviews/list-early-reviews.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { changeAgenda, writeOrder } from "./agenda-change.js";
import { listReferral, listableStates } from "./list-referral.js";
import type { MeetingAccess } from "./meeting-access.js";
import { closingStandingItem, isClosingItem, openingStandingItems } from "./standing-items.js";

/**
 * The chair or coordinator brings the agenda up to date from the queue: the standing items (apologies,
 * minutes of the last meeting, actions carried forward, any other business), then, before any other
 * business, each case waiting for this meeting: referrals accepted onto it, approved urgent decisions for
 * retrospective consideration, and (on the next meeting only) referrals accepted while no meeting was open
 * and deferred cases, and Child in Need early reviews asked for while no meeting was planned. Running it again
 * adds only what is new; items the chair placed stay where they are.
 */
export function buildAgenda(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<AgendaView>> {
  return changeAgenda(
    deps,
    actor,
    { meetingId: input.meetingId, version: "current", action: "meeting.agenda-built" },
    async (tx, access, at) => {
      const standing = missingStandingItems(deps, access);
      for (const item of standing.all) await tx.agenda.insert(item);
      const cases: AgendaItem[] = [];
      for (const referral of await waitingReferrals(tx, access.meeting, access, at)) {
        const listed = await listReferral(deps, actor, tx, access, referral.id, at);
        if (!listed.ok) return listed;
        cases.push(listed.value);
      }
      if ((await tx.meetings.upcoming(access.panel.id, at))[0]?.id === access.meeting.id) {
        const present = [...access.items, ...standing.all, ...cases];
        cases.push(...(await takePendingEarlyReviews(deps, tx, actor, access.meeting, present, at)));
      }
      const body = access.items.filter((item) => !isClosingItem(item));
      const closing = [...access.items.filter(isClosingItem), ...standing.closing];
      await writeOrder(tx, [...standing.opening, ...body, ...cases, ...closing]);
      return ok(undefined);
    },
  );
}

function missingStandingItems(deps: UseCaseDeps, { meeting, items }: MeetingAccess) {
  const has = (title: string) => items.some((item) => item.source === "standing" && item.title === title);
  const standingItem = (title: string): AgendaItem => ({
    id: newIdFrom(deps),
    meetingId: meeting.id,
    position: 0,
    source: "standing",
    title,
    referralId: null,
    childId: null,
    slotMinutes: null,
    presenterId: null,
    invitedPersonIds: [],
  });
  const opening = openingStandingItems.filter((title) => !has(title)).map(standingItem);
  const closing = has(closingStandingItem) ? [] : [standingItem(closingStandingItem)];
  return { opening, closing, all: [...opening, ...closing] };
}

/** Referrals of the panel that belong on this meeting's agenda and are not on one yet, oldest first. */
async function waitingReferrals(
  tx: StoreTx,
  meeting: Meeting,
  { panel }: MeetingAccess,
  at: string,
): Promise<Referral[]> {
  const candidates = await tx.referrals.list({ panelId: panel.id, states: listableStates });
  const [firstUpcoming] = await tx.meetings.upcoming(panel.id, at);
  const isFirstUpcoming = firstUpcoming?.id === meeting.id;
  const nextOpen = (await nextOpenMeeting(tx, panel, new Date(at), ukLocalDate(at)))?.meeting;
  const isNextOpen = nextOpen?.id === meeting.id;
  return candidates
    .filter((referral) => {
      if (referral.state === "deferred") return isFirstUpcoming;
      if (referral.meetingId !== null) return referral.meetingId === meeting.id;
      return referral.retrospective ? isFirstUpcoming : isNextOpen;
    })
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
}
