import type { ReviewNotice } from "@convenor/shared";
import { adaptiveCard, facts, heading, literal, paragraph, type AdaptiveCard } from "./card-elements.js";

const roleLabels = {
  "practice-manager": "Practice Manager",
  "safeguarding-service-manager": "Safeguarding Service Manager",
} as const;

/**
 * A CIN review notice, to one person's personal chat: the panel and the case reference only, and a link to
 * the reviews page, where the plan is read by those allowed to.
 */
export function reviewNoticeCard(notice: ReviewNotice, url: string | null): AdaptiveCard {
  const rows: [string, string][] = [
    ["Panel", literal(notice.panelName)],
    ["Case", literal(notice.reference)],
  ];
  const body =
    notice.kind === "plan-amended"
      ? [
          heading("Child in Need plan amended"),
          facts([...rows, ["Reviewed", literal(notice.reviewedOn)]]),
          paragraph("You are named on this plan. Read the amended plan and your part in it in Convenor."),
        ]
      : [
          heading("Consultation: plan past 12 months"),
          facts([...rows, ["You are asked as", roleLabels[notice.role]]]),
          paragraph(
            "This Child in Need plan has run twelve months and does not record the need for longer support. Please consult on whether it should continue.",
          ),
        ];
  return adaptiveCard(
    body,
    url ? [{ type: "Action.OpenUrl", title: "Open the reviews in Convenor", url }] : [],
  );
}
