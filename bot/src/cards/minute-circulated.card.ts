import type { MinuteCirculatedDelivery } from "@convenor/shared";
import { adaptiveCard, facts, heading, literal, paragraph, type AdaptiveCard } from "./card-elements.js";

/**
 * A minute was circulated: to each attendee's personal chat. The panel, the meeting date, the version and a
 * link only: the minute itself is read in Convenor, never posted in Teams.
 */
export function minuteCirculatedCard(
  notice: MinuteCirculatedDelivery["notice"],
  url: string | null,
): AdaptiveCard {
  return adaptiveCard(
    [
      heading("Minute circulated for agreement"),
      facts([
        ["Panel", literal(notice.panelName)],
        ["Meeting", notice.meetingDate],
        ["Version", String(notice.version)],
      ]),
      paragraph("Read the minute in Convenor. It is agreed by the chair, usually at the next meeting."),
    ],
    url ? [{ type: "Action.OpenUrl", title: "Open the minute in Convenor", url }] : [],
  );
}
