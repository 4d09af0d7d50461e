import type { ReferralSummary } from "@convenor/shared";
import { stateLabel, urgencyLabel } from "./card-labels.js";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  paragraph,
  type AdaptiveCard,
  literal,
} from "./card-elements.js";

export const openScreeningVerb = "screening.open";

export interface ScreeningSummaryInput {
  summary: ReferralSummary;
  /** Teams user ids of the panel's chairs and coordinators: their client fetches their own detailed view. */
  screenerUserIds: readonly string[];
  /** Who decided, once screened, e.g. "Morag Chalmers". */
  decidedBy?: string;
}

/**
 * The card posted to the panel's channel or group chat. It carries the case reference and non-identifying
 * facts only (docs/domain.md "Confidentiality"); detail is fetched per user by those allowed to see it.
 */
export function screeningSummaryCard(input: ScreeningSummaryInput): AdaptiveCard {
  const { summary } = input;
  const rows: [string, string][] = [
    ["Reference", summary.reference ?? "(draft)"],
    ["Panel", literal(summary.panelName)],
    ["Requested", summary.requested.length ? summary.requested.join(", ") : "Not stated"],
    ["Urgency", urgencyLabel(summary.urgency)],
    ["Age band", summary.ageBand],
    ["State", stateLabel(summary.state)],
  ];
  if (summary.consentWithheld) rows.push(["Consent", "Withheld or not sought: justification recorded"]);
  if (input.decidedBy && summary.state !== "submitted") rows.push(["Screened by", literal(input.decidedBy)]);
  const awaiting = summary.state === "submitted";
  const data = { referralId: summary.id };
  const userIds = input.screenerUserIds.slice(0, 60);
  return adaptiveCard(
    [
      heading(awaiting ? `New referral ${summary.reference ?? ""}` : `Referral ${summary.reference ?? ""}`),
      facts(rows),
      ...(awaiting
        ? [
            paragraph("Chairs and coordinators of this panel: open it to see the detail and screen it.", {
              isSubtle: true,
            }),
          ]
        : []),
    ],
    awaiting ? [execute("Open to screen", openScreeningVerb, data)] : [],
    awaiting && userIds.length
      ? { action: execute("Refresh", openScreeningVerb, data), userIds: [...userIds] }
      : undefined,
  );
}
