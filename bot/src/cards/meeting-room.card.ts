import type { MeetingRoomView } from "@convenor/shared";
import { meetingTime } from "./card-labels.js";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  showCard,
  subheading,
  type AdaptiveCard,
  type CardElement,
} from "./card-elements.js";
import { agencyLabels, quorumSentence } from "@convenor/shared";

export const meetingRoomVerbs = { attend: "meeting.attend", open: "meeting.open-question" } as const;

export const meetingRoomInputs = {
  person: "attendancePerson",
  status: "attendanceStatus",
  item: "questionItem",
  kind: "questionKind",
} as const;

const statusLabel = { present: "Present", apologies: "Apologies" } as const;
const questionLabel = { rating: "rating round", decision: "decision vote" } as const;
const stateWord = { open: "open", revealed: "revealed", closed: "closed" } as const;

/**
 * The running agenda card in the meeting chat, the same for everyone: items by case reference or topic,
 * presenters, attendance by staff name and agency, quorum. Never a child's name or date of birth.
 */
export function meetingRoomCard(view: MeetingRoomView): AdaptiveCard {
  const data = { meetingId: view.meetingId };
  const items = view.items.map((item) => {
    const voted = item.questions.some((q) => q.kind === "decision" && q.state === "closed");
    const questions = [
      ...item.questions.map((q) => `${questionLabel[q.kind]} ${stateWord[q.state]}`),
      ...(item.decided && !voted ? ["decided"] : []),
    ].join(", ");
    const presenter = item.presenterName ? ` (presenter: ${literal(item.presenterName)})` : "";
    return paragraph(
      `${item.position}\\. ${literal(item.title)}${presenter}${questions ? ` — ${questions}` : ""}`,
      {
        spacing: "Small",
      },
    );
  });
  const attendance = facts(
    view.people.map((p) => [
      `${literal(p.name)} (${agencyLabels[p.agency]})`,
      p.status ? statusLabel[p.status] : "Not marked",
    ]),
  );
  const body: CardElement[] = [
    heading(`Meeting: ${literal(view.panelName)}`),
    paragraph(meetingTime(view.startsAt), { isSubtle: true, spacing: "None" }),
    subheading("Agenda"),
    ...(items.length ? items : [paragraph("No items on the agenda.")]),
    subheading("Attendance"),
    attendance,
    notice(quorumSentence(view.quorum), view.quorum.met ? "good" : "warning"),
  ];
  const people = view.people.map((p) => ({ title: p.name, value: p.personId }));
  const chairItems = view.items.map((item) => ({ title: `${item.position}. ${item.title}`, value: item.id }));
  const actions = [
    execute(
      "I'm here",
      meetingRoomVerbs.attend,
      { ...data, status: "present" },
      { associatedInputs: "none" },
    ),
    execute(
      "Send apologies",
      meetingRoomVerbs.attend,
      { ...data, status: "apologies" },
      { associatedInputs: "none" },
    ),
    showCard(
      "Chair: mark someone",
      [
        choice(meetingRoomInputs.person, "Who", people, "Choose who to mark."),
        choice(
          meetingRoomInputs.status,
          "As",
          [
            { title: "Present", value: "present" },
            { title: "Apologies", value: "apologies" },
          ],
          "Choose present or apologies.",
        ),
      ],
      [execute("Mark", meetingRoomVerbs.attend, { ...data, status: "chosen" })],
    ),
    ...(chairItems.length
      ? [
          showCard(
            "Chair: rate or vote",
            [
              choice(meetingRoomInputs.item, "Item", chairItems, "Choose an item."),
              choice(
                meetingRoomInputs.kind,
                "What",
                [
                  { title: "Rating round (case items)", value: "rating" },
                  { title: "Decision vote", value: "decision" },
                ],
                "Choose a rating round or a decision vote.",
              ),
            ],
            [execute("Open", meetingRoomVerbs.open, data)],
          ),
        ]
      : []),
  ];
  return adaptiveCard(body, actions);
}

function choice(
  id: string,
  label: string,
  choices: { title: string; value: string }[],
  errorMessage: string,
): CardElement {
  return { type: "Input.ChoiceSet", id, label, isRequired: true, errorMessage, choices };
}
