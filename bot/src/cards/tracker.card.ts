import {
  monthLabel,
  ragAreaLabels,
  ragAreas,
  ragDescriptors,
  ragLabels,
  type Rag,
  type TrackerCardView,
  type TrackerCardYoungPerson,
} from "@convenor/shared";
import {
  adaptiveCard,
  attention,
  execute,
  heading,
  literal,
  notice,
  paragraph,
  subheading,
  type AdaptiveCard,
  type CardElement,
} from "./card-elements.js";

export const trackerVerbs = { save: "tracker.save", submit: "tracker.submit" } as const;

/** The input of one young person's area: `rag:<childId>:<area>`. */
export const ragInputId = (childId: string, area: string) => `rag:${childId}:${area}`;

const rags: readonly Rag[] = ["red", "amber", "green"];

export interface TrackerCardOptions {
  cardId: string;
  reminder?: boolean;
  /** Said at the top: what the last click did. */
  message?: { text: string; style: "good" | "attention" };
}

/**
 * A social worker's monthly tracker card, in their personal chat only (names appear). Each young person gets
 * the five areas as Red / Amber / Green, with this month's choices so far and last month's rating; what each
 * level means is said once, at the top, to keep the card small. Save keeps the choices; Submit sends the month.
 */
export function trackerCard(view: TrackerCardView, options: TrackerCardOptions): AdaptiveCard {
  const month = monthLabel(view.month);
  const body: CardElement[] = [
    heading(options.reminder ? `Reminder: your tracker for ${month}` : `Monthly tracker: ${month}`),
    paragraph(
      `${literal(view.panelName)}. Rate each young person Red, Amber or Green in each area. Save keeps what you have chosen; Submit sends the month once every area is rated.`,
    ),
  ];
  if (options.reminder && !view.submitted) {
    body.push(notice(`${month} is not submitted yet. Please finish it this week.`, "warning"));
  }
  if (options.message) {
    body.push(
      options.message.style === "good"
        ? notice(options.message.text, "good")
        : attention(literal(options.message.text)),
    );
  }
  if (view.submitted) {
    body.push(notice(`Submitted. You can change a rating until ${month} ends.`, "good"));
  }
  body.push(descriptorsSection());
  for (const child of view.youngPeople) body.push(...youngPersonSection(child));
  const data = { panelId: view.panelId, month: view.month, cardId: options.cardId };
  return adaptiveCard(body, [
    execute("Save", trackerVerbs.save, data),
    execute("Submit", trackerVerbs.submit, data, { style: "positive" }),
  ]);
}

function descriptorsSection(): CardElement {
  return {
    type: "Container",
    style: "emphasis",
    items: [
      paragraph("What the levels mean", { weight: "Bolder" }),
      ...ragAreas.map((area) =>
        paragraph(
          `**${ragAreaLabels[area]}**. ${rags.map((rag) => `${ragLabels[rag]}: ${ragDescriptors[area][rag]}`).join(" ")}`,
          { size: "Small" },
        ),
      ),
    ],
  };
}

function youngPersonSection(child: TrackerCardYoungPerson): CardElement[] {
  const last = child.lastMonth
    ? ragAreas.map((area) => `${ragAreaLabels[area]} ${ragLabels[child.lastMonth![area]]}`).join(", ")
    : "not rated";
  return [
    subheading(`${literal(child.displayName)}${child.complete ? " (submitted)" : ""}`),
    paragraph(`Last month: ${last}`, { isSubtle: true, size: "Small" }),
    ...ragAreas.map((area) => ({
      type: "Input.ChoiceSet",
      id: ragInputId(child.childId, area),
      label: ragAreaLabels[area],
      style: "compact",
      placeholder: "Not rated",
      choices: rags.map((rag) => ({ title: ragLabels[rag], value: rag })),
      ...(child.areas[area] ? { value: child.areas[area] } : {}),
    })),
  ];
}
