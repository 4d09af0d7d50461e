import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import type { DecisionView } from "@convenor/shared";
import { dateTimeLabel } from "../labels.js";
import { Facts } from "./facts.js";

const outcomeLabels: Record<DecisionView["outcome"], string> = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred to a later meeting",
  noted: "Noted",
};

/** A decision as recorded (003 3.7): outcome, reasons, date, who decided, and the vote with any dissent. */
export function DecisionSummary(props: { decision: DecisionView; label: string }): ReactNode {
  const d = props.decision;
  const votes = d.counts
    ? `Approve ${d.counts.approve}, decline ${d.counts.decline}, defer ${d.counts.defer}, abstain ${d.counts.abstain}${d.castingOutcome ? " (chair's casting outcome)" : ""}`
    : "Recorded by the chair without a vote";
  return (
    <>
      <Facts
        label={props.label}
        facts={[
          ["Kind", d.kindLabel],
          [
            "Outcome",
            d.resource ? `${d.resource.label}: ${d.resource.outcomeLabel}` : outcomeLabels[d.outcome],
          ],
          ["Reasons", d.reasons],
          ["Decided", dateTimeLabel(d.decidedAt)],
          ["Decided by", d.decidedBy.join(", ")],
          ["Votes", votes],
          ...(d.reviewDate ? ([["Review by", d.reviewDate]] as [string, string][]) : []),
        ]}
      />
      {d.dissent.map((x) => (
        <Text block key={x.name}>
          Dissent: {x.name} ({x.choice}): {x.reason}
        </Text>
      ))}
    </>
  );
}
