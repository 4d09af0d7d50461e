import type { AgendaNotice } from "@convenor/shared";
import { meetingTime } from "./card-labels.js";
import {
  adaptiveCard,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from "./card-elements.js";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const openAgenda = (url: string | null): CardElement[] =>
  url ? [{ type: "Action.OpenUrl", title: "Open the agenda in Convenor", url }] : [];

/**
 * The agenda is out: to the panel's linked chat and each member. Counts, the date and a link only: never a
 * case reference, a child's name or case detail, as the panel chat is shared.
 */
export function agendaPublishedCard(
  input: Extract<AgendaNotice, { kind: "panel" | "member" }>,
  agendaUrl: string | null,
): AdaptiveCard {
  const { counts } = input;
  const rows: [string, string][] = [
    ["Panel", literal(input.panelName)],
    ["Meeting", meetingTime(input.startsAt)],
    ["Items", plural(counts.items, "item", "items")],
    ["Cases", plural(counts.cases, "case", "cases")],
  ];
  if (counts.retrospective)
    rows.push(["Retrospective", plural(counts.retrospective, "decision", "decisions")]);
  if (counts.deferred) rows.push(["Deferred", plural(counts.deferred, "case", "cases")]);
  const body = [
    heading(input.updated ? "Agenda updated" : "Agenda published"),
    facts(rows),
    paragraph(
      "Papers are read in Convenor, never attached here. Open the agenda to see the cases and papers.",
    ),
  ];
  if (input.late) body.push(notice("Published after the agenda deadline.", "warning"));
  return adaptiveCard(body, openAgenda(agendaUrl));
}

/** To someone invited to (or presenting) items only: their items, by case reference, and when. */
export function agendaInvitationCard(
  input: Extract<AgendaNotice, { kind: "invitation" }>,
  agendaUrl: string | null,
): AdaptiveCard {
  const rows: [string, string][] = [
    ["Panel", literal(input.panelName)],
    ["Meeting", meetingTime(input.startsAt)],
    ...input.items.map((item): [string, string] => [
      `Item ${item.position}`,
      `${literal(item.title)}${item.slotMinutes ? ` (${item.slotMinutes} minutes)` : ""}`,
    ]),
  ];
  return adaptiveCard(
    [
      heading(input.updated ? "Your agenda item has changed" : "You are invited to an agenda item"),
      facts(rows),
      paragraph("You are invited to these items only. Open the agenda in Convenor for the time and papers."),
    ],
    openAgenda(agendaUrl),
  );
}
