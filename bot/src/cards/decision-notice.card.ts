import {
  maxSharingNote,
  sharingMethodLabels,
  sharingMethods,
  type DecisionNoticeView,
} from "@convenor/shared";
import { dateLabel, meetingTime } from "./card-labels.js";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  type AdaptiveCard,
} from "./card-elements.js";

export const actionVerbs = { complete: "action.complete", recordSharing: "decision.record-sharing" } as const;

/** The family sharing card's inputs. */
export const sharingInputs = { sharedOn: "sharedOn", method: "sharingMethod", note: "sharingNote" } as const;

const outcomeLabels: Record<string, string> = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred to a later meeting",
  noted: "Noted",
};

/**
 * A decision or action notice in a person's personal chat. It names the case by reference only; the child's
 * name and the decision's reasons are in the tab, for those allowed to see them.
 */
export function decisionNoticeCard(view: DecisionNoticeView, url: string | null): AdaptiveCard {
  const open = url ? [{ type: "Action.OpenUrl", title: "Open in Convenor", url }] : [];
  const where: [string, string][] = [
    ["Panel", literal(view.panelName)],
    ["Meeting", meetingTime(view.meetingStartsAt)],
    ...(view.reference ? ([["Case", literal(view.reference)]] as [string, string][]) : []),
  ];
  if (view.kind === "action.assigned" && view.action) return actionCard(view, where, open);
  const outcome: [string, string][] = view.outcome
    ? [["Outcome", outcomeLabels[view.outcome] ?? view.outcome]]
    : [];
  switch (view.kind) {
    case "decision.family-sharing-requested":
      return familySharingCard(view, [...where, ...outcome], open);
    case "decision.placement-forwarded":
      return adaptiveCard(
        [
          heading("ISG outcome for a purchased placement"),
          facts([...where, ...outcome]),
          paragraph(
            "The Integrated Support Group has discussed this case; its outcome is forwarded to the Prioritisation Group as evidence that the care plan was agreed or otherwise.",
          ),
        ],
        open,
      );
    default:
      return adaptiveCard(
        [
          heading("ISG outcome"),
          facts([...where, ...outcome]),
          paragraph("The outcome of the case you are involved in."),
        ],
        open,
      );
  }
}

function actionCard(
  view: DecisionNoticeView,
  where: [string, string][],
  open: Record<string, unknown>[],
): AdaptiveCard {
  const action = view.action!;
  return adaptiveCard(
    [
      heading("An action for you"),
      paragraph(literal(action.description)),
      facts([...where, ["Due", dateLabel(action.dueOn)]]),
    ],
    [execute("Mark done", actionVerbs.complete, { actionId: action.id }, { style: "positive" }), ...open],
  );
}

/** The action card once done: what the owner (or chair) sees after Mark done. */
export function actionDoneCard(input: { description: string; completedAt: string }): AdaptiveCard {
  return adaptiveCard([
    heading("Action done"),
    paragraph(literal(input.description)),
    notice(`Marked done on ${dateLabel(input.completedAt.slice(0, 10))}.`, "good"),
  ]);
}

function familySharingCard(
  view: DecisionNoticeView,
  shown: [string, string][],
  open: Record<string, unknown>[],
): AdaptiveCard {
  if (view.shared || !view.agendaItemId) {
    return adaptiveCard(
      [
        heading("Shared with the family"),
        facts(shown),
        notice("Sharing with the family is recorded.", "good"),
      ],
      open,
    );
  }
  return adaptiveCard(
    [
      heading("Share the panel's decision with the family"),
      facts(shown),
      paragraph(
        "As the Lead Professional (or the Named Person where there is none), please share the outcome with the family, then record when and how.",
      ),
      {
        type: "Input.Date",
        id: sharingInputs.sharedOn,
        label: "Shared on",
        isRequired: true,
        errorMessage: "Give the date you shared it.",
      },
      {
        type: "Input.ChoiceSet",
        id: sharingInputs.method,
        label: "How",
        value: "in-person",
        choices: sharingMethods.map((method) => ({ title: sharingMethodLabels[method], value: method })),
      },
      {
        type: "Input.Text",
        id: sharingInputs.note,
        label: "Note (optional)",
        isMultiline: true,
        maxLength: maxSharingNote,
      },
    ],
    [
      execute(
        "Record sharing",
        actionVerbs.recordSharing,
        { agendaItemId: view.agendaItemId },
        { style: "positive" },
      ),
      ...open,
    ],
  );
}

/** The family sharing card once recorded. */
export function sharingRecordedCard(input: { sharedOn: string; methodLabel: string }): AdaptiveCard {
  return adaptiveCard([
    heading("Shared with the family"),
    notice(`Recorded: shared on ${dateLabel(input.sharedOn)} (${input.methodLabel}). Thank you.`, "good"),
  ]);
}
