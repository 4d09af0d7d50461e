import type { RedListNotice } from "@convenor/shared";
import { meetingTime } from "./card-labels.js";
import { adaptiveCard, facts, heading, literal, paragraph, type AdaptiveCard } from "./card-elements.js";

/**
 * The red list is ready, to the panel's chat (shared): counts and a link only, never a young person's name,
 * date of birth or reference. Names are in the tab, for the panel's members.
 */
export function redListCard(input: RedListNotice, url: string | null): AdaptiveCard {
  return adaptiveCard(
    [
      heading("Red list for the next panel"),
      facts([
        ["Panel", literal(input.panelName)],
        ["Meeting", meetingTime(input.startsAt)],
        ["Young people", String(input.youngPeople)],
        ["Newly listed", String(input.newlyListed)],
      ]),
      paragraph(
        "Red in the same area two months running. Open the red list in Convenor to read it before the panel.",
      ),
    ],
    url ? [{ type: "Action.OpenUrl", title: "Open the red list in Convenor", url }] : [],
  );
}
