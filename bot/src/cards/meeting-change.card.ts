import type { MeetingNotice } from "@convenor/shared";
import { dayLabel, meetingTime } from "./card-labels.js";
import {
  adaptiveCard,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  type AdaptiveCard,
} from "./card-elements.js";

/** Sent to each member's personal chat when a panel meeting's event is moved or cancelled in Outlook. */
export function meetingChangeCard(change: MeetingNotice): AdaptiveCard {
  const panel = literal(change.panelName);
  if (change.change === "cancelled") {
    return adaptiveCard([
      heading(`${panel}: meeting cancelled`),
      notice(
        `The meeting on ${meetingTime(change.startsAt)} was cancelled in the organiser's calendar.`,
        "warning",
      ),
      paragraph("It is cancelled in Convenor too."),
    ]);
  }
  const rows: [string, string][] = [];
  if (change.previousStartsAt) rows.push(["Was", meetingTime(change.previousStartsAt)]);
  rows.push(["Now", meetingTime(change.startsAt)]);
  for (const deadline of change.deadlines) rows.push([deadline.label, dayLabel(deadline.date)]);
  const body = [heading(`${panel}: meeting moved`), facts(rows)];
  if (change.deadlines.some((deadline) => !deadline.reachable)) {
    body.push(notice("Some deadlines for the new date have already passed.", "warning"));
  }
  return adaptiveCard(body);
}
